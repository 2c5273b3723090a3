package org.briefbot.discord;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.command.Permissions;
import org.briefbot.core.command.Requester;

/** Discord's people and places as the core knows them. */
final class DiscordPeople {
  private DiscordPeople() {}

  /**
   * The person, their permissions read from their roles in the server (Discord sends the member
   * with every interaction and message); outside a server they may manage nothing.
   */
  static Requester requester(User user, Member member) {
    Permissions permissions =
        member == null
            ? Permissions.none()
            : permission ->
                member.hasPermission(DiscordCommandDefinitions.discordPermission(permission));
    String name = member != null ? member.getEffectiveName() : user.getEffectiveName();
    return new Requester(user.getId(), name, permissions);
  }

  /** A server's channel, or a direct message that belongs to no server. */
  static Place place(Guild guild, MessageChannel channel) {
    return guild == null
        ? Place.directMessage(Platform.DISCORD, channel.getId())
        : Place.channel(Platform.DISCORD, guild.getId(), channel.getId());
  }
}
