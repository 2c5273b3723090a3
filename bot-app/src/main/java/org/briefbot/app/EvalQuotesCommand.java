package org.briefbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefbot.app.eval.JsonLines;
import org.briefbot.app.eval.Prf;
import org.briefbot.app.eval.QuoteScorer;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.nlp.UnsupportedTextException;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot eval quotes --data F.jsonl --out P.jsonl}: finds the quotes of every story of a
 * JSON-lines file, writes them one story a line, and, where the input has gold quotes, prints
 * extraction and attribution precision/recall/F1 overall, by kind and by how the gold names the
 * speaker.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Finds the quotes of each story in a JSON-lines file and scores them against its gold quotes.")
final class EvalQuotesCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(
      names = "--data",
      required = true,
      paramLabel = "F.jsonl",
      description =
          "Input, one JSON object a line: {\"id\",\"text\",\"quotes\"?:[{\"start\",\"end\",\"speaker\",\"kind\"}]}.")
  Path data;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "P.jsonl",
      description =
          "Where to write {\"id\",\"quotes\":[{\"quote\",\"speaker\",\"start\",\"end\",\"kind\"}]} a line.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter console = spec.commandLine().getOut();
    if (!Files.isRegularFile(data)) {
      throw new UserFacingException("There is no file " + data + ".");
    }
    Path outDirectory = out.toAbsolutePath().getParent();
    if (outDirectory != null && !Files.isDirectory(outDirectory)) {
      throw new UserFacingException(
          "Cannot write " + out + ": there is no directory " + outDirectory + ".");
    }
    QuoteFinder finder = new QuoteFinder();
    NlpPipeline.shared();
    QuoteScorer scorer = new QuoteScorer();
    // PolNeAR marks which attributions have a speech cue; a quote dataset annotates only those
    QuoteScorer speechCued = new QuoteScorer();
    boolean[] anySpeechCue = {false};
    int[] unreadable = {0};
    boolean[] anyGold = {false};
    long[] nanos = {0};
    int stories;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      stories =
          JsonLines.forEach(
              data,
              "a JSON object",
              (story, lineNumber) -> {
                String id = story.path("id").asText("line-" + lineNumber);
                String text = story.path("text").asText("");
                List<Quote> quotes = List.of();
                long started = System.nanoTime();
                try {
                  quotes = finder.find(text).quotes();
                } catch (UnsupportedTextException unreadableStory) {
                  unreadable[0]++;
                }
                nanos[0] += System.nanoTime() - started;
                try {
                  writer.write(JSON.writeValueAsString(prediction(id, quotes)));
                  writer.newLine();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                if (story.path("quotes").isArray()) {
                  anyGold[0] = true;
                  scorer.add(predicted(quotes), golds(story.get("quotes"), false));
                  anySpeechCue[0] |= hasSpeechCueField(story.get("quotes"));
                  speechCued.add(predicted(quotes), golds(story.get("quotes"), true));
                }
              });
    } catch (IOException e) {
      throw new UserFacingException("Could not write " + out + ": " + e.getMessage());
    }
    console.printf(
        Locale.ROOT,
        "stories %d (%d unreadable), %.1f ms a story; predictions written to %s%n",
        stories,
        unreadable[0],
        stories == 0 ? 0.0 : nanos[0] / 1e6 / stories,
        out);
    if (anyGold[0]) {
      report(console, scorer);
      if (anySpeechCue[0]) {
        reportSpeechCued(console, speechCued);
      }
    } else {
      console.println("the input has no gold quotes: nothing to score");
    }
    console.flush();
    return 0;
  }

  private static ObjectNode prediction(String id, List<Quote> quotes) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    ArrayNode array = node.putArray("quotes");
    QuotesCommand.items(quotes).forEach(quote -> QuotesCommand.addQuote(array, quote));
    return node;
  }

  private static List<QuoteScorer.Predicted> predicted(List<Quote> quotes) {
    List<QuoteScorer.Predicted> predicted = new ArrayList<>(quotes.size());
    for (Quote quote : QuotesCommand.items(quotes)) {
      predicted.add(
          new QuoteScorer.Predicted(quote.span().start(), quote.span().end(), quote.speaker()));
    }
    return predicted;
  }

  private static boolean hasSpeechCueField(JsonNode quotes) {
    for (JsonNode q : quotes) {
      if (q.has("speech_cue")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The gold quotes with offsets; with {@code onlySpeechCued}, only those the data marks {@code
   * "speech_cue": true}.
   */
  private static List<QuoteScorer.Gold> golds(JsonNode quotes, boolean onlySpeechCued) {
    List<QuoteScorer.Gold> golds = new ArrayList<>();
    for (JsonNode q : quotes) {
      if (!q.path("start").isNumber()
          || !q.path("end").isNumber()
          || onlySpeechCued && !q.path("speech_cue").asBoolean(false)) {
        continue;
      }
      String mentionType =
          QuoteScorer.mentionType(
              q.path("mention_type").asText(null), q.path("speaker_mention").asText(null));
      JsonNode resolved = q.get("speaker_resolved_silver");
      golds.add(
          new QuoteScorer.Gold(
              q.get("start").asInt(),
              q.get("end").asInt(),
              q.path("kind").asText("?"),
              q.path("speaker").asText(""),
              mentionType,
              resolved == null || resolved.isNull() ? null : resolved.asText()));
    }
    return golds;
  }

  private static void reportSpeechCued(PrintWriter console, QuoteScorer scorer) {
    QuoteScorer.Tally total = scorer.total();
    Prf extraction = scorer.score(total.extracted());
    Prf lenient = scorer.score(total.attributedLenient());
    console.println();
    console.printf(
        Locale.ROOT,
        "speech-cued gold only (%d): extraction P %.3f R %.3f F1 %.3f; "
            + "attribution, resolved speaker accepted P %.3f R %.3f F1 %.3f%n",
        total.gold(),
        extraction.precision(),
        extraction.recall(),
        extraction.f1(),
        lenient.precision(),
        lenient.recall(),
        lenient.f1());
  }

  private static void report(PrintWriter console, QuoteScorer scorer) {
    QuoteScorer.Tally total = scorer.total();
    Prf extraction = scorer.score(total.extracted());
    Prf attribution = scorer.score(total.attributed());
    Prf lenient = scorer.score(total.attributedLenient());
    console.printf(
        Locale.ROOT,
        "extraction   P %.3f R %.3f F1 %.3f  (predicted %d, gold %d, matched %d)%n",
        extraction.precision(),
        extraction.recall(),
        extraction.f1(),
        scorer.predicted(),
        total.gold(),
        total.extracted());
    console.printf(
        Locale.ROOT,
        "attribution  P %.3f R %.3f F1 %.3f  (right speaker %d)%n",
        attribution.precision(),
        attribution.recall(),
        attribution.f1(),
        total.attributed());
    console.printf(
        Locale.ROOT,
        "speaker accuracy on matched %.3f%n",
        total.extracted() == 0 ? 0.0 : (double) total.attributed() / total.extracted());
    QuoteScorer.Tally direct = scorer.byKind().get("direct");
    if (direct != null) {
      console.printf(
          Locale.ROOT,
          "direct quotes to the right speaker %.3f (%d of %d)%n",
          (double) direct.attributed() / direct.gold(),
          direct.attributed(),
          direct.gold());
    }
    console.printf(
        Locale.ROOT,
        "attribution, gold mention or resolved speaker accepted: P %.3f R %.3f F1 %.3f%n",
        lenient.precision(),
        lenient.recall(),
        lenient.f1());
    console.println();
    table(console, "kind", scorer.byKind());
    console.println();
    table(console, "mention", scorer.byMention());
  }

  private static void table(
      PrintWriter console, String heading, Map<String, QuoteScorer.Tally> groups) {
    console.printf(
        Locale.ROOT,
        "%-10s %6s %10s %10s %10s%n",
        heading,
        "gold",
        "extracted",
        "attributed",
        "lenient");
    for (Map.Entry<String, QuoteScorer.Tally> group : groups.entrySet()) {
      QuoteScorer.Tally tally = group.getValue();
      if (tally.gold() == 0) {
        continue;
      }
      console.printf(
          Locale.ROOT,
          "%-10s %6d %10.3f %10.3f %10.3f%n",
          group.getKey(),
          tally.gold(),
          (double) tally.extracted() / tally.gold(),
          (double) tally.attributed() / tally.gold(),
          (double) tally.attributedLenient() / tally.gold());
    }
  }
}
