package org.briefbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.discord.DiscordAdapter;
import org.briefbot.discord.DiscordSettings;
import org.briefbot.discord.fake.FakeDiscord;

/**
 * How fast the Discord adapter acknowledges a burst of interactions: N slash commands sent at once
 * over the fake Discord's gateway to the real JDA and adapter; for each, the time from sending
 * INTERACTION_CREATE (and from JDA handing the event to the listeners) to the deferral reaching the
 * fake's REST API, and whether its answer arrived too. Each answer takes {@code workMillis} (a
 * lookup or a fetch), so the workers are busy while deferrals must still go out at once.
 *
 * <p>{@code together} (the default) runs the bot and the fake in this one JVM; {@code apart} runs
 * the bot in a JVM of its own with the options of a service ({@code deploy/jvm-service.options}, or
 * {@code -Dbench.appJavaOpts}), as it runs for real, so the fake's garbage is not collected in the
 * bot's heap. Both share the machine's cores. The two JVMs' times are comparable: {@link
 * System#nanoTime} reads the machine's monotonic clock (CLOCK_MONOTONIC on Linux), the same in
 * every process.
 *
 * <p>{@code commands} (the default) sends slash commands, acknowledged by a deferred reply; {@code
 * buttons} sends clicks on a page button of an earlier answer, acknowledged by a deferred edit and
 * answered by editing that message, as a list's Next is.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.briefbot.bench.DiscordDeferBenchmark
 * [count] [workMillis] [rounds] [together|apart] [commands|buttons]}
 */
public final class DiscordDeferBenchmark {
  private static final String READY = "ready";
  private static final String EVENT_TIMES = "event-times";

  private DiscordDeferBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int workMillis = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    boolean apart = args.length > 3 && args[3].equals("apart");
    boolean buttons = args.length > 4 && args[4].equals("buttons");
    try (FakeDiscord discord = new FakeDiscord()) {
      Map<String, Long> deferredAt = new ConcurrentHashMap<>();
      Map<String, Long> answeredAt = new ConcurrentHashMap<>();
      discord.onRequest(
          request -> {
            long now = System.nanoTime();
            String path = request.path();
            if (path.startsWith("/api/v10/interactions/")) {
              deferredAt.putIfAbsent(path.split("/")[4], now);
            } else if (path.contains("/messages/@original")) {
              answeredAt.putIfAbsent(path.split("/")[5].substring("token-".length()), now);
            }
          });
      try (BotUnderTest bot =
          apart
              ? new BotApart(discord, workMillis)
              : new BotTogether(settings(discord), workMillis)) {
        System.out.printf(
            "%d %s at once, each answer taking %d ms, %d rounds (the first warms up); %s%n",
            count, buttons ? "button clicks" : "slash commands", workMillis, rounds, bot);
        List<Double> warmDeferFromEvent = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          deferredAt.clear();
          answeredAt.clear();
          discord.forgetRequests();
          Map<String, Long> sentAt = new HashMap<>();
          for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            String words = "round " + round + " #" + i;
            String id =
                buttons
                    ? discord.pressOldButton(
                        FakeDiscord.Who.MEMBER,
                        Action.Call.of("lookup", Map.of("words", words), Action.Answer.REPLACE)
                            .id())
                    : discord.slashCommand(
                        FakeDiscord.Who.MEMBER, "lookup", null, Map.of("words", words));
            sentAt.put(id, before);
          }
          long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while ((deferredAt.size() < count || answeredAt.size() < count)
              && System.nanoTime() < end) {
            Thread.sleep(10);
          }
          List<Double> deferFromEvent =
              report(round, count, sentAt, bot.takeEventTimes(), deferredAt, answeredAt);
          if (round > 0) {
            warmDeferFromEvent.addAll(deferFromEvent);
          }
        }
        Collections.sort(warmDeferFromEvent);
        System.out.printf(
            "rounds 2-%d pooled: event to deferral at Discord, ms: p50 %.1f p99 %.1f max %.1f%n",
            rounds,
            pct(warmDeferFromEvent, 50),
            pct(warmDeferFromEvent, 99),
            pct(warmDeferFromEvent, 100));
      }
    }
    System.exit(0);
  }

  /** Prints a round's figures; returns its times from event to deferral, in ms, sorted. */
  private static List<Double> report(
      int round,
      int count,
      Map<String, Long> sentAt,
      Map<String, Long> receivedAt,
      Map<String, Long> deferredAt,
      Map<String, Long> answeredAt) {
    List<Double> defer = new ArrayList<>();
    List<Double> deferFromEvent = new ArrayList<>();
    List<Double> answer = new ArrayList<>();
    sentAt.forEach(
        (id, sent) -> {
          Long deferred = deferredAt.get(id);
          if (deferred != null) {
            defer.add((deferred - sent) / 1e6);
            Long received = receivedAt.get(id);
            if (received != null) {
              deferFromEvent.add((deferred - received) / 1e6);
            }
          }
          Long answered = answeredAt.get(id);
          if (answered != null) {
            answer.add((answered - sent) / 1e6);
          }
        });
    Collections.sort(defer);
    Collections.sort(deferFromEvent);
    Collections.sort(answer);
    System.out.printf(
        "round %d: deferred %d/%d, answered %d/%d%n",
        round + 1, defer.size(), count, answer.size(), count);
    System.out.printf(
        "  event to deferral at Discord, ms: p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
        pct(deferFromEvent, 50),
        pct(deferFromEvent, 90),
        pct(deferFromEvent, 99),
        pct(deferFromEvent, 100));
    System.out.printf(
        "  sent on the gateway to deferral at Discord, ms: p50 %.1f p90 %.1f p99 %.1f max %.1f%n",
        pct(defer, 50), pct(defer, 90), pct(defer, 99), pct(defer, 100));
    System.out.printf(
        "  sent to answer, ms: p50 %.0f p99 %.0f%n", pct(answer, 50), pct(answer, 99));
    return deferFromEvent;
  }

  private static double pct(List<Double> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static DiscordSettings settings(String restUrl, String gatewayUrl) {
    return new DiscordSettings(
        Optional.empty(), 0, List.of(), Optional.of(restUrl), Optional.of(gatewayUrl));
  }

  private static DiscordSettings settings(FakeDiscord discord) {
    return settings(discord.restUrl(), discord.gatewayUrl());
  }

  /** The bot being measured, wherever it runs. */
  private interface BotUnderTest extends AutoCloseable {
    /** When JDA handed each interaction since the last call to the listeners, by interaction id. */
    Map<String, Long> takeEventTimes() throws IOException;
  }

  /** The bot in this JVM. */
  private static final class BotTogether implements BotUnderTest {
    private final DiscordAdapter bot;
    private final EventTimes events = new EventTimes();

    BotTogether(DiscordSettings settings, int workMillis) throws InterruptedException {
      bot = startBot(settings, workMillis, events);
    }

    @Override
    public Map<String, Long> takeEventTimes() {
      return events.take();
    }

    @Override
    public void close() {
      bot.close();
    }

    @Override
    public String toString() {
      return "the bot and the fake Discord in this JVM";
    }
  }

  /** The bot in a JVM of its own ({@link BotMain}), telling its event times over its output. */
  private static final class BotApart implements BotUnderTest {
    private final AppProcess app;

    BotApart(FakeDiscord discord, int workMillis) throws IOException {
      app =
          AppProcess.start(
              BotMain.class, discord.restUrl(), discord.gatewayUrl(), Integer.toString(workMillis));
      app.awaitLine(READY);
    }

    @Override
    public Map<String, Long> takeEventTimes() throws IOException {
      app.send(EVENT_TIMES);
      Map<String, Long> times = new HashMap<>();
      for (String idAndTime : app.awaitLine(EVENT_TIMES + " ").split(" ")) {
        if (!idAndTime.isEmpty()) {
          String[] parts = idAndTime.split(":");
          times.put(parts[0], Long.parseLong(parts[1]));
        }
      }
      return times;
    }

    @Override
    public void close() throws Exception {
      app.close();
    }

    @Override
    public String toString() {
      return "the bot in its own JVM (" + app.options() + "), the fake Discord in this one";
    }
  }

  /**
   * The bot alone, against the fake Discord at the given URLs: prints {@code ready}, and for each
   * {@code event-times} line on its input the event times since the last one; stops when its input
   * ends.
   */
  public static final class BotMain {
    private BotMain() {}

    public static void main(String[] args) throws Exception {
      EventTimes events = new EventTimes();
      try (DiscordAdapter bot =
          startBot(settings(args[0], args[1]), Integer.parseInt(args[2]), events)) {
        System.out.println(READY);
        System.out.flush();
        BufferedReader input =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = input.readLine(); line != null; line = input.readLine()) {
          if (line.equals(EVENT_TIMES)) {
            // One line, so that the JVM's own notices on this output cannot interleave with it.
            StringBuilder out = new StringBuilder(EVENT_TIMES);
            events.take().forEach((id, at) -> out.append(' ').append(id).append(':').append(at));
            System.out.println(out);
            System.out.flush();
          }
        }
      }
      System.exit(0);
    }
  }

  private static DiscordAdapter startBot(
      DiscordSettings settings, int workMillis, EventTimes events) throws InterruptedException {
    CommandRouter router = new CommandRouter(List.of(new Lookup(workMillis)), List.of());
    DiscordAdapter bot = DiscordAdapter.start(settings, FakeDiscord.TOKEN, router);
    if (!bot.awaitReady(Duration.ofSeconds(30))) {
      bot.close();
      throw new IllegalStateException("the bot did not get ready");
    }
    // JDA calls it after the adapter's own listener, which has by then queued the deferral.
    bot.shards().addEventListener(events);
    return bot;
  }

  /** When JDA handed each slash command or button click to the listeners. */
  private static final class EventTimes extends ListenerAdapter {
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
      receivedAt.putIfAbsent(event.getId(), System.nanoTime());
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
      receivedAt.putIfAbsent(event.getId(), System.nanoTime());
    }

    Map<String, Long> take() {
      Map<String, Long> taken = new HashMap<>(receivedAt);
      receivedAt.keySet().removeAll(taken.keySet());
      return taken;
    }
  }

  /** A command whose answer takes a while, as a lookup or a fetch does. */
  private record Lookup(int workMillis) implements BotCommand {
    public String name() {
      return "lookup";
    }

    public String description() {
      return "Looks something up";
    }

    public List<CommandOption> options() {
      return List.of(CommandOption.required("words", CommandOption.Type.TEXT, "What to look up"));
    }

    public List<CommandOption> buttonOptions(Optional<String> subcommand) {
      return options();
    }

    public boolean mayBeSlow() {
      return true;
    }

    public Reply handle(CommandRequest request) {
      try {
        Thread.sleep(workMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.builder().text("Found: " + request.optionOrEmpty("words")).build();
    }
  }
}
