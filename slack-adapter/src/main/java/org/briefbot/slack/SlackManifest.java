package org.briefbot.slack;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.MessageAction;

/**
 * Briefbot's Slack app manifest, made from the core's declarations: a slash command for each
 * command of the router (its name, description and usage), a message shortcut for each {@link
 * MessageAction}, and the scopes, events and settings the adapter needs. {@code briefbot
 * slack-manifest} prints it; {@code slack-adapter/manifest.yml} is that output.
 */
public final class SlackManifest {
  /**
   * The events the adapter takes: the App Home opened, mentions, direct messages, and the end of an
   * install.
   */
  static final List<String> BOT_EVENTS =
      List.of("app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked");

  private SlackManifest() {}

  /** The manifest as YAML, set up for Socket Mode. */
  public static String yaml(CommandRouter router) {
    StringBuilder yaml = new StringBuilder();
    yaml.append(
        """
        # Briefbot's Slack app manifest, made by `briefbot slack-manifest` from the commands Briefbot
        # declares: do not edit it by hand. Create the app at https://api.slack.com/apps → Create New
        # App → From an app manifest, pick the workspace, paste this file. It is set up for Socket Mode
        # (no public address); for HTTP mode see the README ("Slack"): socket_mode_enabled false and the
        # three request URLs.
        display_information:
          name: Briefbot
          description: News briefings, who said what, and daily digests.
        """);
    yaml.append("  long_description: ").append(quoted(longDescription())).append('\n');
    yaml.append(
        """
          background_color: "#1d3557"
        features:
          app_home:
            home_tab_enabled: true
            messages_tab_enabled: true
            messages_tab_read_only_enabled: false
          bot_user:
            display_name: Briefbot
            always_online: true
          shortcuts:
        """);
    for (MessageAction action : MessageAction.values()) {
      yaml.append("    - name: ").append(quoted(action.label())).append('\n');
      yaml.append("      type: message\n");
      yaml.append("      callback_id: ").append(action.callbackId()).append('\n');
      yaml.append("      description: ").append(quoted(action.description())).append('\n');
    }
    yaml.append("  slash_commands:\n");
    for (BotCommand command : router.commands()) {
      yaml.append("    - command: /").append(command.name()).append('\n');
      yaml.append("      description: ").append(quoted(command.description())).append('\n');
      if (!command.usage().isEmpty()) {
        yaml.append("      usage_hint: ").append(quoted(command.usage())).append('\n');
      }
      yaml.append("      should_escape: false\n");
    }
    yaml.append("oauth_config:\n  scopes:\n    bot:\n");
    SlackSettings.DEFAULT_SCOPES.forEach(
        scope -> yaml.append("      - ").append(scope).append('\n'));
    yaml.append("settings:\n  event_subscriptions:\n    bot_events:\n");
    BOT_EVENTS.forEach(event -> yaml.append("      - ").append(event).append('\n'));
    yaml.append(
        """
          interactivity:
            is_enabled: true
          org_deploy_enabled: false
          socket_mode_enabled: true
          token_rotation_enabled: false
        """);
    return yaml.toString();
  }

  private static String longDescription() {
    String shortcuts =
        Stream.of(MessageAction.values())
            .map(action -> "\u201C" + action.label() + "\u201D")
            .collect(Collectors.joining(" and "));
    return "Briefbot summarises news stories from a link, finds who said a quote, lists what a "
        + "person said lately, reads your team's RSS and Atom feeds, and posts a daily digest. "
        + "Ask with slash commands, the "
        + shortcuts
        + " message shortcuts, a mention, or a direct message.";
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
