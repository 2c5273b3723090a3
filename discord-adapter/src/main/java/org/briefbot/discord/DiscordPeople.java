package org.briefbot.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.Permissions;
import org.briefbot.core.command.Requester;

/** Discord's people and places as the core knows them. */
final class DiscordPeople {
  private DiscordPeople() {}

  /**
   * The person, their permissions read from their roles in the server (Discord sends the member
   * with every interaction and message); outside a server, and in a server Briefbot is not in, they
   * may manage nothing of Briefbot's.
   */
  static Requester requester(User user, Member member) {
    Permissions permissions =
        member == null || member.isDetached()
            ? Permissions.none()
            : permission ->
                member.hasPermission(DiscordCommandDefinitions.discordPermission(permission));
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    return new Requester(user.getId(), name, permissions);
  }

  /**
   * Where an interaction came from. A user-installed app is used in servers and conversations
   * Briefbot is not a member of: JDA gives such a server as a detached guild, and a conversation
   * between people as a private channel.
   */
  static Place place(Interaction interaction) {
    String channelId = interaction.getChannelId();
    if (interaction.isFromGuild() && !interaction.isFromAttachedGuild()
        || interaction.getContext() == InteractionContextType.PRIVATE_CHANNEL) {
      return Place.withoutBot(Platform.DISCORD, channelId);
    }
    return interaction.isFromGuild()
        ? Place.channel(Platform.DISCORD, interaction.getGuild().getId(), channelId)
        : Place.directMessage(Platform.DISCORD, channelId);
  }

  /** A server's channel, or a direct message that belongs to no server. */
  static Place place(Guild guild, MessageChannel channel) {
    return guild == null
        ? Place.directMessage(Platform.DISCORD, channel.getId())
        : Place.channel(Platform.DISCORD, guild.getId(), channel.getId());
  }
}
