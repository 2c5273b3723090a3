package org.briefbot.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.StoryBrief;
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
      ReplyBuilder line =
          Reply.builder().title(title).text(NOTHING_NEW).mentionRole(mentionRole.orElse(null));
      managersActions().forEach(line::action);
      return Optional.of(line.build());
    }
    ReplyBuilder reply = Reply.builder().title(title).mentionRole(mentionRole.orElse(null));
    sections(digest).forEach(reply::section);
    briefButtons(digest, Action.Answer.THREAD).forEach(reply::action);
    managersActions().forEach(reply::action);
    return Optional.of(reply.build());
  }

  /**
   * A Brief button an item, for its first story: in a digest post the brief goes to a thread under
   * the post, so that the channel stays tidy; in a preview, to the person who asked.
   */
  public static List<Action> briefButtons(Digest digest, Action.Answer answer) {
    return digest.items().stream()
        .filter(item -> !item.storyIds().isEmpty())
        .map(item -> StoryBrief.button(item.storyIds().get(0), item.headline(), answer))
        .toList();
  }

  /**
   * Pause and Remove, offered on every digest post; the router checks, on each click, that the
   * person may manage the channel's digest. Remove asks first: it cannot be undone.
   */
  static List<Action> managersActions() {
    return List.of(
        new Action(
            "Pause digest",
            new Action.Call("digest", Optional.of("pause"), Map.of(), Action.Answer.AS_COMMAND),
            true),
        new Action(
            "Remove digest",
            new Action.Call(
                "digest", Optional.of("remove"), Map.of(ASK, "yes"), Action.Answer.AS_COMMAND),
            true));
  }

  /** {@code /digest remove}'s option of a button that asks before it removes. */
  public static final String ASK = "ask";

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
    if (item.update().isPresent()) {
      // Told as what changed in a story the channel already had, never as news of its own.
      blocks.add(
          0, new Reply.Paragraph("Updated since it was posted: " + item.update().get() + "."));
      return new Reply.Section(Optional.of(UPDATED + item.headline()), blocks);
    }
    return new Reply.Section(Optional.of(item.headline()), blocks);
  }

  /** What the heading of an updated story's item begins with. */
  public static final String UPDATED = "Updated: ";

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
