package org.briefbot.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefbot.core.quotes.Person;
import org.briefbot.core.quotes.Quote;
import org.briefbot.core.quotes.QuoteAnalysis;
import org.briefbot.core.quotes.QuoteFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot quotes [--json] [--explain] FILE|URL|-}: every quotation of a story with its
 * speaker and, with {@code --explain}, the rule that decided each speaker.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Prints every quotation of a story (direct, partial and reported) with its speaker.")
final class QuotesCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(
      index = "0",
      paramLabel = "FILE|URL|-",
      description = "The story: a text or HTML file, a web address, or - for standard input.")
  String source;

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"quotes\":[{\"quote\",\"speaker\",\"role\",\"start\",\"end\",\"kind\"}],\"people\":[…]}.")
  boolean json;

  @Option(
      names = "--explain",
      description =
          "Print, for each statement, the rule (sieve) that decided its speaker and how it read the mention.")
  boolean explain;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuoteAnalysis analysis = new QuoteFinder().find(StoryInput.read(source));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(analysis, explain) : text(analysis, explain));
    out.flush();
    return 0;
  }

  static String text(QuoteAnalysis analysis) {
    return text(analysis, false);
  }

  static String text(QuoteAnalysis analysis, boolean explain) {
    if (analysis.quotes().isEmpty()) {
      return "No quotations found in this story.\n";
    }
    StringBuilder out = new StringBuilder();
    int number = 1;
    for (Quote quote : items(analysis)) {
      out.append(number++).append(". [").append(quote.kind().label()).append("] ");
      if (quote.hasSpeaker()) {
        out.append(quote.speaker());
        if (!quote.role().isEmpty()) {
          out.append(" (").append(quote.role()).append(')');
        }
      } else {
        out.append("(speaker not named)");
      }
      out.append('\n').append("   \u201C").append(quote.text()).append("\u201D\n");
      if (explain) {
        out.append("   speaker by: ")
            .append(
                quote.attributedBy().isEmpty() ? "no rule found a speaker" : quote.attributedBy())
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The statements as the output lists them: one per contiguous quoted span. */
  static List<Quote> items(QuoteAnalysis analysis) {
    return items(analysis.quotes());
  }

  static List<Quote> items(List<Quote> quotes) {
    List<Quote> items = new ArrayList<>(quotes.size());
    quotes.forEach(quote -> items.addAll(quote.items()));
    return items;
  }

  /** A quote as the {@code eval quotes} contract spells it: quote, speaker, start, end, kind. */
  static ObjectNode addQuote(ArrayNode array, Quote quote) {
    return array
        .addObject()
        .put("quote", quote.text())
        .put("speaker", quote.speaker())
        .put("start", quote.span().start())
        .put("end", quote.span().end())
        .put("kind", quote.kind().label());
  }

  static String json(QuoteAnalysis analysis) {
    return json(analysis, false);
  }

  static String json(QuoteAnalysis analysis, boolean explain) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode quotes = root.putArray("quotes");
    for (Quote quote : items(analysis)) {
      ObjectNode node = addQuote(quotes, quote).put("role", quote.role());
      if (explain) {
        node.put("rule", quote.attributedBy());
      }
    }
    ArrayNode people = root.putArray("people");
    for (Person person : analysis.people()) {
      ObjectNode node = people.addObject();
      node.put("name", person.name());
      node.put("role", person.role());
      node.put("organisation", person.organisation());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
