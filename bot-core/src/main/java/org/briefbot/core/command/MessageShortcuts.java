package org.briefbot.core.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person means when they point at someone's message (Discord's message commands, Slack's
 * message shortcuts): the quote to look up in it, the link to brief in it.
 */
public final class MessageShortcuts {
  /** Words between a pair of quote marks, straight or curly. */
  private static final Pattern QUOTED =
      Pattern.compile("\"([^\"]{3,})\"|\u201C([^\u201D]{3,})\u201D|\u00AB([^\u00BB]{3,})\u00BB");

  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s<>\"')\\]]+", Pattern.CASE_INSENSITIVE);

  private MessageShortcuts() {}

  /**
   * The quote a message holds: its longest words in quote marks, else its whole text, cut at a word
   * to at most {@code maxLength}; empty when it has no words.
   */
  public static Optional<String> quoteIn(String messageText, int maxLength) {
    String text = messageText == null ? "" : messageText.strip();
    String best = "";
    Matcher quoted = QUOTED.matcher(text);
    while (quoted.find()) {
      for (int group = 1; group <= quoted.groupCount(); group++) {
        String words = quoted.group(group);
        if (words != null && words.strip().length() > best.length()) {
          best = words.strip();
        }
      }
    }
    String quote = best.isEmpty() ? text : best;
    if (quote.isBlank()) {
      return Optional.empty();
    }
    if (quote.length() > maxLength) {
      int cut = quote.lastIndexOf(' ', maxLength);
      quote = quote.substring(0, cut > maxLength / 2 ? cut : maxLength).strip();
    }
    return Optional.of(quote);
  }

  /** The first link in a message, without the punctuation that ends a sentence after it. */
  public static Optional<String> linkIn(String messageText) {
    Matcher link = LINK.matcher(messageText == null ? "" : messageText);
    if (!link.find()) {
      return Optional.empty();
    }
    return Optional.of(link.group().replaceAll("[.,;:!?]+$", ""));
  }
}
