package org.briefbot.slack;

import java.util.List;

/** Events Slack delivers that Briefbot acknowledges and leaves unanswered. */
final class SlackEventsOfNoAnswer {
  /** What {@code message.im} delivers besides what a person writes: edits, deletions, files. */
  static final List<String> SUBTYPES =
      List.of("message_changed", "message_deleted", "file_share", "bot_message");

  private SlackEventsOfNoAnswer() {}

  /** An Events API callback: a message event with that subtype in a direct message. */
  static String directMessage(String subtype) {
    return """
        {"team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev-%1$s","event_time":1700000000,
         "event":{"type":"message","subtype":"%1$s","channel_type":"im","user":"U1",
                  "text":"who said \\"we will rebuild\\"?","ts":"1700000000.000900","channel":"D1",
                  "event_ts":"1700000000.000900",
                  "message":{"type":"message","user":"U1","text":"who said \\"we will rebuild\\"?","ts":"1700000000.000800"},
                  "previous_message":{"type":"message","user":"U1","text":"who said","ts":"1700000000.000800"},
                  "deleted_ts":"1700000000.000800",
                  "files":[{"id":"F1","name":"notes.txt"}]}}
        """
        .formatted(subtype)
        .replace("\n", "");
  }
}
