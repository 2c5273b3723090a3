package org.briefbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefbot.core.nlp.NewsDocument;
import org.briefbot.core.nlp.NewsText;
import org.briefbot.core.nlp.NlpPipeline;
import org.briefbot.core.quotes.QuoteAnalysis;
import org.briefbot.core.quotes.QuoteFinder;
import org.briefbot.core.quotes.StoryQuotes;
import org.briefbot.core.quotes.WhoSaidIndex;

/** Puts the quotes of the stories bundled with the jar into a who-said index, so the console has something to answer from. */
final class SampleQuotes {
  /** The demo stories under {@code samples/} in the jar. */
  static final List<String> SAMPLES = List.of("blinken-rafah.txt");

  private static final List<DateTimeFormatter> DATE_LINES = List.of(
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ISO_LOCAL_DATE);

  private SampleQuotes() {}

  static void load(WhoSaidIndex index) {
    QuoteFinder finder = new QuoteFinder();
    for (String name : SAMPLES) {
      String text = read("/samples/" + name);
      NewsDocument document = NewsText.parse(text);
      QuoteAnalysis analysis = finder.find(NlpPipeline.shared().analyze(document));
      index.add(new StoryQuotes("sample:" + name, document.title().orElse(name), document.outlet().orElse(""),
          document.dateLine().flatMap(SampleQuotes::day), "", analysis.quotes()));
    }
  }

  static Optional<LocalDate> day(String dateLine) {
    for (DateTimeFormatter format : DATE_LINES) {
      try {
        return Optional.of(LocalDate.parse(dateLine.strip(), format));
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    return Optional.empty();
  }

  private static String read(String resource) {
    try (InputStream in = SampleQuotes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
