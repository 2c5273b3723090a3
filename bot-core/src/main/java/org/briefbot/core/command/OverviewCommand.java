package org.briefbot.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.UserFacingException;
import org.briefbot.core.digest.DigestStore;
import org.briefbot.core.digest.Subscription;
import org.briefbot.core.store.Feed;
import org.briefbot.core.store.FeedOwner;
import org.briefbot.core.store.FeedStore;

/**
 * {@code /overview}: what a server or workspace runs — its digests, with their next and last
 * deliveries, and its feeds, with their last read and stories a day — and a button for each thing
 * the viewer may do with a digest (pause or resume for those who manage it, preview for anyone).
 * Slack's App Home shows the same answer. A button's answer is the overview again, with what the
 * click did above it; {@code /digest} does the work and checks the permission, as when typed.
 */
public final class OverviewCommand implements BotCommand {
  /** Its name, by which Slack's App Home asks for it. */
  public static final String NAME = "overview";

  /** What an overview's button asks of a digest: pause, resume or preview. */
  static final CommandOption DO =
      CommandOption.optional("do", CommandOption.Type.WORD, "pause, resume or preview")
          .withMaxLength(10);

  /** The digests an overview shows with their buttons (Discord's 25 buttons hold ten pairs). */
  static final int SHOWN = 10;

  private final DigestCommand digestCommand;
  private final DigestStore digests;
  private final DigestSummaries summaries;
  private final FeedStore feeds;
  private final FeedLines feedLines;

  public OverviewCommand(DigestCommand digestCommand, FeedsCommand feedsCommand) {
    this.digestCommand = digestCommand;
    this.digests = digestCommand.store();
    this.summaries = digestCommand.summaries();
    this.feeds = feedsCommand.feedStore();
    this.feedLines = feedsCommand.feedLines();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The digests and feeds set up here, with what you may do";
  }

  @Override
  public Reply.Visibility answerVisibility() {
    return Reply.Visibility.ASKER_ONLY;
  }

  @Override
  public List<CommandOption> buttonOptions(Optional<String> subcommand) {
    return List.of(DO, DigestCommand.CHANNEL);
  }

  @Override
  public Reply handle(CommandRequest request) {
    Place place = request.place();
    FeedOwner owner = place.feedOwner();
    String placeWord = place.platform().placeWord();
    ReplyBuilder reply = Reply.builder().askerOnly().title("Briefbot in this " + placeWord);
    request.option(DO.name()).ifPresent(doing -> done(request, doing).forEach(reply::section));

    List<Subscription> all = digests.list(place.platform(), owner.workspaceId());
    List<Feed> listed = feeds.list(owner);
    if (all.isEmpty() && listed.isEmpty()) {
      return reply
          .text(
              "Nothing is set up in this "
                  + placeWord
                  + " yet: /feeds add <url> adds a feed, and /digest subscribe 08:00 in a channel"
                  + " posts its news there every day.")
          .build();
    }
    boolean manager = request.requester().may(Permission.MANAGE_FEEDS);
    for (Subscription subscription : all.subList(0, Math.min(SHOWN, all.size()))) {
      reply.section(summaries.of(subscription, place));
      String channel = subscription.place().channelId();
      String which =
          channel.equals(place.channelId()) ? "this channel's digest" : "digest of " + channel;
      if (manager) {
        String verb = subscription.isPaused() ? "resume" : "pause";
        reply.action(
            new Action(
                (subscription.isPaused() ? "Resume " : "Pause ") + which,
                button(verb, channel),
                true));
      }
      reply.action(Action.of("Preview " + which, button("preview", channel)));
    }
    if (all.size() > SHOWN) {
      reply.text("And " + (all.size() - SHOWN) + " more digests: /digest list shows them all.");
    }
    if (all.isEmpty()) {
      reply.text(
          "No digests yet: /digest subscribe 08:00 in a channel posts its news there daily.");
    }
    if (listed.isEmpty()) {
      reply.text("No feeds yet: /feeds add <url> adds one.");
    } else {
      reply.section(Reply.Section.bullets("Feeds", feedLines.of(owner, listed)));
    }
    return reply.build();
  }

  private static Action.Call button(String verb, String channel) {
    return Action.Call.of(
        NAME,
        Map.of(DO.name(), verb, DigestCommand.CHANNEL.name(), channel),
        Action.Answer.REPLACE);
  }

  /**
   * What a button did, as {@code /digest} answers it (its refusal, if the viewer may not), shown
   * above the overview.
   */
  private List<Reply.Section> done(CommandRequest request, String doing) {
    if (!List.of("pause", "resume", "preview").contains(doing)) {
      throw new UserFacingException("An overview's button pauses, resumes or previews a digest.");
    }
    CommandRequest asDigest =
        new CommandRequest(
            digestCommand.name(),
            Optional.of(doing),
            request
                .option(DigestCommand.CHANNEL.name())
                .map(channel -> Map.of(DigestCommand.CHANNEL.name(), channel))
                .orElse(Map.of()),
            request.requester(),
            request.place());
    Reply answer;
    try {
      answer = digestCommand.handle(asDigest);
    } catch (UserFacingException refused) {
      answer = Reply.error(refused.getMessage());
    }
    List<Reply.Section> sections = new ArrayList<>();
    answer.title().ifPresent(title -> sections.add(Reply.Section.text(title)));
    sections.addAll(answer.sections());
    return sections;
  }
}
