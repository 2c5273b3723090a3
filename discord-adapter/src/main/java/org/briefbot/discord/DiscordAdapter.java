package org.briefbot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.briefbot.core.command.CommandRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Briefbot on Discord: the shards this process runs ({@link DefaultShardManagerBuilder}), the
 * events routed to the core ({@link DiscordEvents}), the commands registered once a shard is ready,
 * and a poster for unprompted posts. Only non-privileged intents: servers and their channels, and
 * the messages that mention the bot or are sent to it directly (those carry their text without the
 * Message Content intent).
 */
public final class DiscordAdapter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
  static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

  /** How long in-flight answers may take to finish when the bot stops. */
  static final Duration GRACE = Duration.ofSeconds(20);

  /** How long the shards together get to close their gateways cleanly after the answers. */
  static final Duration SHARDS_CLOSE = Duration.ofSeconds(10);

  /** The longest {@link #close} takes: the answers under way, then the gateways. */
  public static final Duration LONGEST_CLOSE = GRACE.plus(SHARDS_CLOSE);

  private final ShardManager shards;
  private final DiscordEvents events;
  private final CountDownLatch ready;
  private final DiscordChannelPoster poster;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DiscordAdapter(
      ShardManager shards, DiscordEvents events, CountDownLatch ready, DiscordRenderer renderer) {
    this.shards = shards;
    this.events = events;
    this.ready = ready;
    this.poster = new DiscordChannelPoster(shards, renderer);
  }

  /**
   * Logs in and starts the shards; returns while they connect ({@link #awaitReady}).
   *
   * @throws UserFacingException when Discord refuses the token or cannot be reached
   */
  public static DiscordAdapter start(DiscordSettings settings, String token, CommandRouter router) {
    return start(settings, token, router, Runtime.getRuntime().availableProcessors() * 4);
  }

  static DiscordAdapter start(
      DiscordSettings settings, String token, CommandRouter router, int workerThreads) {
    // Nothing Briefbot sends pings anyone: replies quote people and pages, and those may hold
    // @everyone.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    DiscordRenderer renderer = new DiscordRenderer();
    AcknowledgementsFirst acknowledgements =
        new AcknowledgementsFirst(took -> router.acknowledged(Platform.DISCORD, took));
    ExecutorService workers =
        acknowledgements.answerWorkers(
            "briefbot-discord-answer", Math.max(2, workerThreads), new LinkedBlockingQueue<>());
    DiscordEvents events = new DiscordEvents(router, renderer, workers, acknowledgements);
    List<CommandData> definitions = DiscordCommandDefinitions.of(router);

    RestConfig rest = new RestConfig();
    settings.restUrl().ifPresent(rest::setBaseUrl);
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(token, INTENTS)
            .setRestConfig(rest)
            .setHttpClientBuilder(httpClient())
            .setSessionController(new ConfiguredGatewaySessionController(settings.gatewayUrl()))
            .setEnableShutdownHook(false)
            .setShardsTotal(settings.shardsTotal() == 0 ? -1 : settings.shardsTotal());
    if (!settings.shardIds().isEmpty()) {
      builder.setShards(settings.shardIds());
    }
    AtomicInteger shardCount = new AtomicInteger();
    CountDownLatch[] ready = new CountDownLatch[1];
    builder.addEventListeners(
        events,
        new CommandRegistration(settings, definitions),
        new ListenerAdapter() {
          @Override
          public void onReady(ReadyEvent event) {
            shardCount.incrementAndGet();
            if (ready[0] != null) {
              ready[0].countDown();
            }
          }
        });
    ShardManager shards;
    try {
      shards = builder.build();
    } catch (InvalidTokenException refused) {
      workers.shutdownNow();
      throw new UserFacingException(
          "Discord refused the bot token: check DISCORD_TOKEN (or BRIEFBOT_DISCORD_TOKEN, "
              + "discord.token in the secrets file); it is the Bot token of your application, not its client secret.");
    } catch (RuntimeException unreachable) {
      workers.shutdownNow();
      throw new UserFacingException(
          "Briefbot cannot log in to Discord at "
              + rest.getBaseUrl()
              + ": "
              + firstLine(unreachable));
    }
    int running =
        settings.shardIds().isEmpty() ? shards.getShardsTotal() : settings.shardIds().size();
    ready[0] = new CountDownLatch(running);
    for (int i = 0; i < shardCount.get(); i++) {
      ready[0].countDown();
    }
    return new DiscordAdapter(shards, events, ready[0], renderer);
  }

  /**
   * JDA's own HTTP client settings, but keeping the connections a burst opened. JDA sends each
   * request on a thread of its own, so a burst of interactions opens many connections to Discord at
   * once; JDA's default pool keeps 5 of them, and the next burst pays a new TLS handshake for each
   * of the rest. Keeping 64 for a minute roughly halved the p99 deferral time in the Discord
   * benchmark.
   */
  private static OkHttpClient.Builder httpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(25); // as JDA: Discord allows 50 requests a second
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
        .dispatcher(dispatcher);
  }

  /** Waits until every shard of this process has its servers; false when the time ran out. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public ShardManager shards() {
    return shards;
  }

  /** Posts into channels of this process's servers. */
  public ChannelPoster poster() {
    return poster;
  }

  /**
   * Stops: no new work is taken (people are told to ask again), the answers under way finish (up to
   * {@link #GRACE}), then every shard closes its gateway cleanly.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      if (!events.stop(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "some Discord answers were still running after {} s; stopping anyway",
            GRACE.toSeconds());
      }
      shards.shutdown();
      long deadline = System.nanoTime() + SHARDS_CLOSE.toNanos();
      for (JDA shard : shards.getShards()) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        if (!shard.awaitShutdown(left)) {
          shard.shutdownNow();
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      shards.getShards().forEach(JDA::shutdownNow);
    }
  }

  /** Registers the commands: to the development server when one is set (instant), else globally. */
  private static final class CommandRegistration extends ListenerAdapter {
    private final DiscordSettings settings;
    private final List<CommandData> definitions;
    private final AtomicBoolean registered = new AtomicBoolean();

    CommandRegistration(DiscordSettings settings, List<CommandData> definitions) {
      this.settings = settings;
      this.definitions = definitions;
    }

    @Override
    public void onReady(ReadyEvent event) {
      if (settings.devGuildId().isEmpty() && !registered.getAndSet(true)) {
        // Every process may do it: the bulk overwrite is idempotent.
        event
            .getJDA()
            .updateCommands()
            .addCommands(definitions)
            .queue(
                done -> log.info("registered {} Discord commands globally", done.size()),
                failure ->
                    log.error("registering the Discord commands failed: {}", failure.toString()));
      }
      settings
          .devGuildId()
          .filter(
              id ->
                  event.getJDA().getShardInfo().getShardTotal() == 1
                      && event.getJDA().getGuildById(id) == null
                      && event.getJDA().getUnavailableGuilds().stream().noneMatch(id::equals))
          .ifPresent(
              id ->
                  log.warn(
                      "Briefbot is not in the Discord server {} (BRIEFBOT_DISCORD_GUILD): invite it "
                          + "there, or its commands are registered nowhere",
                      id));
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
      if (settings.devGuildId().filter(event.getGuild().getId()::equals).isPresent()) {
        event
            .getGuild()
            .updateCommands()
            .addCommands(definitions)
            .queue(
                done ->
                    log.info(
                        "registered {} Discord commands in the server {}",
                        done.size(),
                        event.getGuild().getId()),
                failure ->
                    log.error(
                        "registering the Discord commands in the server failed: {}",
                        failure.toString()));
      }
    }
  }

  private static String firstLine(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.lines().findFirst().orElse(cause.getClass().getSimpleName());
  }
}
