package org.briefbot.core.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.chat.ReplyBuilder;
import org.briefbot.core.chat.StoryBrief;
import org.briefbot.core.store.StoredStory;

/**
 * An alert's posts as platform-neutral replies: one event — its first story's headline, summary and
 * link, every outlet's copy as a link — with the role to notify as data each platform renders; and
 * the one "and K more" post past the channel's hourly limit, naming how to see them. Made the same
 * from the stored stories each time, so that a post made again after its process died says what the
 * first attempt said.
 */
public final class AlertReply {
  /** The sentences of the summary a post shows. */
  static final int SUMMARY_SENTENCES = 2;

  private AlertReply() {}

  /** "bikes", "bikes and parking", "bikes, parking and trams". */
  static String topics(List<String> topics) {
    if (topics.size() <= 1) {
      return topics.isEmpty() ? "" : topics.get(0);
    }
    return String.join(", ", topics.subList(0, topics.size() - 1))
        + " and "
        + topics.get(topics.size() - 1);
  }

  /**
   * The post of one event.
   *
   * @param stories the event's stories; the first stored leads
   * @param freshness whether the story is news or a stored story that changed
   */
  public static Reply story(
      List<String> topics,
      List<StoredStory> stories,
      AlertPost.Freshness freshness,
      Optional<String> mentionRole) {
    List<StoredStory> ordered =
        stories.stream().sorted(Comparator.comparingLong(StoredStory::id)).toList();
    StoredStory lead = ordered.get(0);
    String about = topics(topics);
    ReplyBuilder reply =
        Reply.builder()
            .title(lead.title().isBlank() ? lead.canonicalUrl() : lead.title())
            .link(lead.url())
            .mentionRole(mentionRole.orElse(null))
            .text(
                (freshness == AlertPost.Freshness.UPDATED ? "Updated story on " : "New story on ")
                    + about
                    + (ordered.size() > 1
                        ? ", reported by " + ordered.size() + " outlets."
                        : ", from " + outlet(lead) + "."));
    List<String> summary = lead.summarySentences();
    if (!summary.isEmpty()) {
      reply.section(
          new Reply.Section(
              Optional.empty(),
              List.of(
                  new Reply.Bullets(
                      summary.subList(0, Math.min(SUMMARY_SENTENCES, summary.size()))))));
    }
    List<Reply.Link> links = new ArrayList<>();
    for (StoredStory story : ordered) {
      links.add(new Reply.Link(outlet(story), story.url()));
    }
    reply.section(Reply.Section.links(ordered.size() > 1 ? "Outlets" : "Source", links));
    reply.footer("Alert on " + about + " \u00B7 /alerts pause " + topics.get(0) + " stops it");
    reply.action(StoryBrief.button(lead.id(), lead.title(), Action.Answer.THREAD));
    return reply.build();
  }

  /**
   * The one post past the channel's hourly limit.
   *
   * @param events how many events it stands for
   */
  public static Reply more(List<String> topics, int events, int perHour) {
    String about = topics(topics);
    return Reply.builder()
        .text(
            "And "
                + events
                + " more "
                + (events == 1 ? "story" : "stories")
                + " on "
                + about
                + " this hour. This channel gets at most "
                + perHour
                + (perHour == 1 ? " alert post" : " alert posts")
                + " an hour; /brief "
                + topics.get(0)
                + " lists the latest stories.")
        .action(
            Action.of(
                "Brief: " + topics.get(0),
                Action.Call.of("brief", Map.of("topic", topics.get(0)), Action.Answer.ASKER)))
        .build();
  }

  private static String outlet(StoredStory story) {
    return story.outlet().isBlank() ? story.canonicalUrl() : story.outlet();
  }
}
