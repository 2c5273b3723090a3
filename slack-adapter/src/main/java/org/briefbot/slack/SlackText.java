package org.briefbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.ReplyText;

/**
 * Text between Slack and the core. Going out, words from stories and from people are escaped so
 * that they can neither format a link nor ping a channel; going in, Slack's markup (links,
 * mentions, entities) is read back to the plain words a person typed.
 */
final class SlackText {
  /**
   * Words that ping everyone when Slack parses them; a zero-width space after the @ keeps them
   * words.
   */
  private static final Pattern BROADCAST =
      Pattern.compile("@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE);

  /** {@code <https://x|label>}, {@code <@U123>}, {@code <#C123|name>}, {@code <!here>}. */
  private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

  private SlackText() {}

  /** Content made safe for mrkdwn and plain_text: {@code & < >} escaped, no broadcast mention. */
  static String escape(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return BROADCAST.matcher(escaped).replaceAll("@\u200B$1");
  }

  /** A link with its label, the label escaped; the address only loses what would end the link. */
  static String link(String url, String label) {
    String safeUrl =
        url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C").replace(" ", "%20");
    return "<" + safeUrl + "|" + escape(label).replace("|", "\u2758") + ">";
  }

  /**
   * A moment Slack shows in the reader's own time zone — the day, the day and time, or the time, as
   * the moment says — with its plain text as the fallback for old clients and notifications.
   */
  static String time(Moment moment) {
    String format =
        switch (moment.shown()) {
          case DATE -> "{date_short_pretty}";
          case DATE_TIME -> "{date_short_pretty} {time}";
          case TIME -> "{time}";
        };
    return "<!date^" + moment.epochSecond() + "^" + format + "|" + escape(moment.plain()) + ">";
  }

  /**
   * What a person typed, from the text Slack sends: a link shows its label or address, a user or
   * channel mention its name when Slack gave one, entities are decoded.
   */
  static String plain(String slackText) {
    return plain(slackText, false);
  }

  /**
   * The words of someone's message, for a message action: as {@link #plain}, but a link keeps its
   * address after its label ({@code the story (https://…)}), so that the link can be briefed.
   */
  static String plainWithAddresses(String slackText) {
    return plain(slackText, true);
  }

  private static String plain(String slackText, boolean keepAddresses) {
    if (slackText == null) {
      return "";
    }
    Matcher markup = MARKUP.matcher(slackText);
    StringBuilder out = new StringBuilder();
    while (markup.find()) {
      String inner = markup.group(1);
      int bar = inner.indexOf('|');
      String target = bar < 0 ? inner : inner.substring(0, bar);
      String label = bar < 0 ? "" : inner.substring(bar + 1);
      String shown;
      if (target.startsWith("@") || target.startsWith("#") || target.startsWith("!")) {
        shown = label.isEmpty() ? "" : label;
      } else {
        boolean labelOnly = !label.isEmpty() && !label.equals(target.replaceFirst("^mailto:", ""));
        shown = !labelOnly ? target : keepAddresses ? label + " (" + target + ")" : label;
      }
      markup.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    markup.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
  }

  /**
   * Raw text in pieces whose escaped form holds at most {@code max} characters, cut where {@link
   * ReplyText#split} cuts (sentence boundaries first); each piece returned escaped.
   */
  static List<String> escapedPieces(String raw, int max) {
    return escapedPieces(raw, max, max);
  }

  private static List<String> escapedPieces(String raw, int rawMax, int max) {
    List<String> pieces = new ArrayList<>();
    for (String piece : ReplyText.split(raw, rawMax)) {
      String escaped = escape(piece);
      if (escaped.length() <= max) {
        pieces.add(escaped);
      } else {
        // Escaping made it longer: cut the raw piece in proportion and try again.
        int smaller =
            Math.max(
                2,
                Math.min(
                    piece.length() - 1,
                    (int) ((long) piece.length() * max / escaped.length()) - 1));
        pieces.addAll(escapedPieces(piece, smaller, max));
      }
    }
    return pieces;
  }
}
