package org.briefbot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Reply;
import org.briefbot.discord.DiscordBot;
import org.briefbot.discord.DiscordSettings;
import org.briefbot.discord.fake.FakeDiscord;

/**
 * How fast the Discord adapter acknowledges a burst of interactions: N slash commands sent at once
 * over the fake Discord's gateway to the real JDA and adapter in this process; for each, the time
 * from sending INTERACTION_CREATE to the deferral reaching the fake's REST API, and whether its
 * answer arrived too. Each answer takes {@code workMillis} (a lookup or a fetch), so the workers
 * are busy while deferrals must still go out at once.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.briefbot.bench.DiscordDeferBenchmark
 * [count] [workMillis] [rounds]}
 */
public final class DiscordDeferBenchmark {

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int workMillis = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    CommandRouter router = new CommandRouter(List.of(new Lookup(workMillis)), List.of());
    try (FakeDiscord discord = new FakeDiscord()) {
      Map<String, Long> sentAt = new ConcurrentHashMap<>();
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
      DiscordSettings settings =
          new DiscordSettings(
              Optional.empty(),
              0,
              List.of(),
              Optional.of(discord.restUrl()),
              Optional.of(discord.gatewayUrl()));
      try (DiscordBot bot = DiscordBot.start(settings, FakeDiscord.TOKEN, router)) {
        if (!bot.awaitReady(Duration.ofSeconds(30))) {
          throw new IllegalStateException("the bot did not get ready");
        }
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        bot.shards()
            .addEventListener(
                new net.dv8tion.jda.api.hooks.ListenerAdapter() {
                  @Override
                  public void onSlashCommandInteraction(
                      net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent
                          event) {
                    receivedAt.putIfAbsent(event.getId(), System.nanoTime());
                  }
                });
        System.out.printf(
            "%d interactions at once, each answer taking %d ms, %d rounds (the first warms up)%n",
            count, workMillis, rounds);
        for (int round = 0; round < rounds; round++) {
          sentAt.clear();
          receivedAt.clear();
          deferredAt.clear();
          answeredAt.clear();
          discord.forgetRequests();
          discord.forgetRequests();
          for (int i = 0; i < count; i++) {
            long before = System.nanoTime();
            String id =
                discord.slashCommand(
                    FakeDiscord.Who.MEMBER,
                    "lookup",
                    null,
                    Map.of("words", "round " + round + " #" + i));
            sentAt.put(id, before);
          }
          long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while ((deferredAt.size() < count || answeredAt.size() < count)
              && System.nanoTime() < end) {
            Thread.sleep(10);
          }
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
        }
      }
    }
    System.exit(0);
  }

  private static double pct(List<Double> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
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
