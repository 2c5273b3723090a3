package org.briefbot.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.store.StoryQuote;

/**
 * A digest as a platform-neutral reply: one section an item — the headline as its heading, its
 * sentences as bullets, its strongest quote (in quote marks only when the words are the speaker's
 * own), its sources as links — and the role to notify as data each platform renders.
 */
public final class DigestReply {
  /** The one line of a day without news, for subscriptions that ask for it. */
  public static final String NOTHING_NEW = "No new stories since the last digest.";

  private DigestReply() {}

  /**
   * @param title the digest's title ("Digest — Mon 9 Mar")
   * @param mentionRole the role to notify, if any
   * @param lineWhenEmpty whether an empty digest is one line rather than no post at all
   * @return the reply, or empty when there is nothing to post
   */
  public static Optional<Reply> of(
      Digest digest, String title, Optional<String> mentionRole, boolean lineWhenEmpty) {
    if (digest.isEmpty()) {
      if (!lineWhenEmpty) {
        return Optional.empty();
      }
      return Optional.of(
          Reply.builder()
              .title(title)
              .text(NOTHING_NEW)
              .mentionRole(mentionRole.orElse(null))
              .build());
    }
    ReplyBuilder reply = Reply.builder().title(title).mentionRole(mentionRole.orElse(null));
    sections(digest).forEach(reply::section);
    return Optional.of(reply.build());
  }

  /** One section an item. */
  public static List<Reply.Section> sections(Digest digest) {
    return digest.items().stream().map(DigestReply::section).toList();
  }

  static Reply.Section section(DigestItem item) {
    List<Reply.Block> blocks = new ArrayList<>();
    blocks.add(new Reply.Bullets(item.sentences()));
    item.quote()
        .map(DigestReply::quoteLine)
        .ifPresent(q -> blocks.add(new Reply.Quotes(List.of(q))));
    List<Reply.Link> links = new ArrayList<>();
    for (DigestItem.Source source : item.sources()) {
      if (!source.url().isEmpty()) {
        links.add(
            new Reply.Link(
                source.outlet().isEmpty() ? source.title() : source.outlet(), source.url()));
      }
    }
    if (!links.isEmpty()) {
      blocks.add(new Reply.Links(links));
    }
    return new Reply.Section(Optional.of(item.headline()), blocks);
  }

  /**
   * Direct and partial quotes are the speaker's words; an indirect one is reported speech, never in
   * quote marks.
   */
  static Reply.QuoteLine quoteLine(StoryQuote quote) {
    boolean exact =
        quote.kind() == StoryQuote.Kind.DIRECT || quote.kind() == StoryQuote.Kind.PARTIAL;
    // A quote cut from its sentence keeps the comma before "he said": it does not end a quotation.
    String words = quote.text().strip().replaceFirst("[,;:]+$", "");
    return new Reply.QuoteLine(words, quote.speaker(), quote.speakerRole().orElse(""), exact);
  }
}
