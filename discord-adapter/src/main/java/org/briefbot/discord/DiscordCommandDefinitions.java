package org.briefbot.discord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.briefbot.core.chat.ReplyText;
import org.briefbot.core.command.BotCommand;
import org.briefbot.core.command.CommandOption;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.MessageAction;
import org.briefbot.core.command.Permission;
import org.briefbot.core.command.Subcommand;

/**
 * Discord's command definitions, all read from the core's declarations: one slash command a {@link
 * BotCommand}, plus a message command a {@link MessageAction}. Admin commands are hidden from
 * members without Manage Server ({@code default_member_permissions}); the router checks again,
 * because a server's admins can change who sees a command.
 *
 * <p>Briefbot is a user-installable app too: a person who installs it for themselves has every
 * command that needs no server in any server and conversation, Briefbot added there or not. The
 * commands that need a server (those with a permission: feeds and digests) exist only where a
 * server added Briefbot.
 */
public final class DiscordCommandDefinitions {
  private DiscordCommandDefinitions() {}

  /** Every definition, in the router's order, message commands last. */
  public static List<CommandData> of(CommandRouter router) {
    List<CommandData> definitions = new ArrayList<>();
    for (BotCommand command : router.commands()) {
      definitions.add(slash(command));
    }
    for (MessageAction action : MessageAction.values()) {
      definitions.add(everywhere(Commands.message(action.label())));
    }
    return definitions;
  }

  /** Installed by a server or by a person; used in servers, the bot's DMs and people's DMs. */
  private static <T extends CommandData> T everywhere(T command) {
    command.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL);
    command.setContexts(
        InteractionContextType.GUILD,
        InteractionContextType.BOT_DM,
        InteractionContextType.PRIVATE_CHANNEL);
    return command;
  }

  static SlashCommandData slash(BotCommand command) {
    SlashCommandData slash = Commands.slash(command.name(), description(command.description()));
    if (command.subcommands().isEmpty()) {
      slash.addOptions(options(command.options()));
    } else {
      for (Subcommand subcommand : command.subcommands()) {
        slash.addSubcommands(
            new SubcommandData(subcommand.name(), description(subcommand.description()))
                .addOptions(options(subcommand.options())));
      }
    }
    if (command.requiredPermission().isPresent()) {
      // Feeds and digests belong to a server: such commands exist only in servers that added
      // Briefbot.
      slash.setIntegrationTypes(IntegrationType.GUILD_INSTALL);
      slash.setContexts(InteractionContextType.GUILD);
      slash.setDefaultPermissions(
          DefaultMemberPermissions.enabledFor(
              discordPermission(command.requiredPermission().get())));
    } else {
      everywhere(slash);
    }
    return slash;
  }

  /** The Discord permission that grants a core permission. */
  static net.dv8tion.jda.api.Permission discordPermission(Permission permission) {
    return switch (permission) {
      case MANAGE_FEEDS -> net.dv8tion.jda.api.Permission.MANAGE_SERVER;
    };
  }

  /** Discord wants required options before optional ones; the core's order is kept otherwise. */
  private static List<OptionData> options(List<CommandOption> options) {
    return options.stream()
        .sorted(Comparator.comparing(o -> !o.required()))
        .map(DiscordCommandDefinitions::option)
        .toList();
  }

  private static OptionData option(CommandOption option) {
    if (option.type() == CommandOption.Type.FILE) {
      return new OptionData(
          OptionType.ATTACHMENT,
          option.name(),
          description(option.description()),
          option.required());
    }
    if (option.type() == CommandOption.Type.INTEGER) {
      return new OptionData(
          OptionType.INTEGER,
          option.name(),
          description(option.description()),
          option.required(),
          option.autocomplete());
    }
    return new OptionData(
            OptionType.STRING,
            option.name(),
            description(option.description()),
            option.required(),
            option.autocomplete())
        .setMaxLength(Math.min(option.maxLength(), OptionData.MAX_STRING_OPTION_LENGTH));
  }

  private static String description(String text) {
    return ReplyText.shorten(text, OptionData.MAX_DESCRIPTION_LENGTH);
  }
}
