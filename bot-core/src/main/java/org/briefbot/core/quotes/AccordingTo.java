package org.briefbot.core.quotes;

import java.util.regex.Pattern;
import org.briefbot.core.quotes.Speaker.Resolution;

/** {@code According to X, …} and {@code …, according to X}: the source after "according to". */
record AccordingTo(StoryTokens tokens, Attribution attribution, ClauseScan scan)
    implements ReportSieve {
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

  @Override
  public Sieve name() {
    return Sieve.ACCORDING_TO;
  }

  @Override
  public boolean read(ReportCue cue, Reports reports) {
    if (cue.kind != ReportCue.Kind.ACCORDING_TO) {
      return false;
    }
    readSource(cue.sentence, cue.verb, reports);
    return true;
  }

  private void readSource(int sentence, int according, Reports reports) {
    int first = Math.max(tokens.sentenceFirst(sentence), according - ClauseScan.MAX_CLAUSE_TOKENS);
    int last = Math.min(tokens.sentenceLast(sentence), according + ClauseScan.MAX_CLAUSE_TOKENS);
    Speaker speaker = attribution.nounPhraseAfter(according + 1, last);
    if (speaker == null) {
      return;
    }
    if (speaker.entity() == null) {
      // "according to new figures released by the Ontario Health Coalition": who published them
      Speaker behind = attribution.sourceOfDocument(according + 2, last);
      if (behind != null && behind.entity() != null) {
        speaker = behind;
      }
    }
    if (!speaker.known()) {
      // "according to exit polls", "according to a Washington Post database": whatever it names is
      // the source
      String source = LEADING_ARTICLE.matcher(speaker.mention()).replaceFirst("");
      speaker =
          new Speaker(null, source, speaker.mention(), speaker.verb(), Resolution.DESCRIPTION);
    }
    if (according == first || according - first <= 1 && tokens.isPunct(first)) {
      int comma = according + 2;
      while (comma < last && comma < according + 20 && !tokens.word(comma).equals(",")) {
        comma++;
      }
      if (comma < last - 1) {
        reports.emit(
            sentence, comma + 1, scan.contentEnd(comma + 1, last), speaker, Sieve.ACCORDING_TO);
      }
    } else if (tokens.word(according - 1).equals(",")) {
      int contentFirst = first;
      while (contentFirst < according && tokens.isQuoteMark(contentFirst)) {
        contentFirst++;
      }
      reports.emit(sentence, contentFirst, according - 1, speaker, Sieve.ACCORDING_TO);
    }
  }
}
