package org.briefbot.core.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefbot.core.chat.Moment;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.store.StoredStory;

/**
 * The paragraph of a stored story around some of its words (a quote's Show in story button): the
 * story's headline and link over the paragraph as the story prints it, cut to the sentences around
 * the words when the story runs on without paragraph breaks.
 */
final class StoryPassage {
  /** The most characters shown either side of the words in a paragraph that runs on. */
  private static final int SIDE = 700;

  private StoryPassage() {}

  static Reply around(StoredStory story, String words) {
    String text = story.text();
    int at = find(text, words);
    if (at < 0) {
      throw new UserFacingException(
          "Those words are no longer in the stored story \u201C"
              + story.title()
              + "\u201D; /whosaid finds where they are now.");
    }
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end;
    if (at - start > SIDE) {
      start = sentenceStart(text, at - SIDE, at);
    }
    int after = at + words.length();
    if (end - after > SIDE) {
      end = sentenceEnd(text, after + SIDE, after);
    }
    ReplyBuilder reply =
        Reply.builder()
            .title(story.title())
            .section(Reply.Section.paragraph("In the story", text.substring(start, end).strip()))
            .footer(story.outlet())
            .date(story.publishedAt().map(Moment::day).orElse(null));
    if (story.url().startsWith("http")) {
      reply.link(story.canonicalUrl());
    }
    return reply.build();
  }

  /** Where the words stand in the text, spaces and case aside; -1 when they do not. */
  static int find(String text, String words) {
    String[] parts = words.strip().split("\\s+");
    StringBuilder pattern = new StringBuilder();
    for (String part : parts) {
      pattern.append(pattern.length() == 0 ? "" : "\\s+").append(Pattern.quote(part));
    }
    Matcher found =
        Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    return found.find() ? found.start() : -1;
  }

  /**
   * The start of the first sentence after {@code from}, or {@code from}; never past {@code words}.
   */
  private static int sentenceStart(String text, int from, int words) {
    int stop = text.indexOf(". ", from);
    return stop < 0 || stop + 2 > words ? from : stop + 2;
  }

  /** The end of the last sentence before {@code to}, or {@code to}; never before {@code words}. */
  private static int sentenceEnd(String text, int to, int words) {
    int stop = text.lastIndexOf(". ", to);
    return stop < words ? to : stop + 1;
  }
}
