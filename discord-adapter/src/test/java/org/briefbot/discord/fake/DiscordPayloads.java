package org.briefbot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON of Discord's gateway events for the fake Discord: the bot's server, people, messages and
 * interactions.
 */
final class DiscordPayloads {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Permissions of @everyone: view channel, send messages, embed links, read history. */
  static final long EVERYONE = 1024L | 2048L | 16384L | 65536L;

  static final long MANAGE_GUILD = 32L;

  /**
   * What the bot is invited with (README's permission integer): what everyone has, and starting
   * threads and posting in them (a digest's briefs).
   */
  static final long INVITED_BOT = EVERYONE | 1L << 35 | 1L << 38;

  static final String BOT_ROLE_ID = "930000000000000009";

  private DiscordPayloads() {}

  static String channelOf(FakeDiscord.Where where) {
    return switch (where) {
      case SERVER -> FakeDiscord.CHANNEL_ID;
      case BOT_DM -> FakeDiscord.DM_CHANNEL_ID;
      case SERVER_WITHOUT_BOT -> FakeDiscord.OTHER_GUILD_CHANNEL_ID;
      case PEOPLES_DM -> FakeDiscord.PEOPLES_DM_CHANNEL_ID;
    };
  }

  static ObjectNode ready(String gatewayUrl) {
    ObjectNode ready =
        JSON.createObjectNode()
            .put("v", 10)
            .put("session_id", "fake-session")
            .put("resume_gateway_url", gatewayUrl);
    ready.set("user", botUser());
    ready.set(
        "guilds",
        JSON.createArrayNode()
            .add(JSON.createObjectNode().put("id", FakeDiscord.GUILD_ID).put("unavailable", true)));
    ready.set("shard", JSON.createArrayNode().add(0).add(1));
    ready.set(
        "application",
        JSON.createObjectNode().put("id", FakeDiscord.APPLICATION_ID).put("flags", 0));
    ready.set("private_channels", JSON.createArrayNode());
    ready.set("relationships", JSON.createArrayNode());
    ready.set("presences", JSON.createArrayNode());
    return ready;
  }

  static ObjectNode guild() {
    ObjectNode guild =
        JSON.createObjectNode()
            .put("id", FakeDiscord.GUILD_ID)
            .put("name", "Newsroom")
            .put("owner_id", "940000000000000099")
            .put("member_count", 3)
            .put("premium_progress_bar_enabled", false)
            .put("unavailable", false)
            .put("preferred_locale", "en-US")
            .put("verification_level", 0)
            .put("mfa_level", 0)
            .put("afk_timeout", 300);
    ArrayNode roles = guild.putArray("roles");
    roles.add(role(FakeDiscord.GUILD_ID, "@everyone", EVERYONE, 0));
    roles.add(role(FakeDiscord.ADMIN_ROLE_ID, "Editors", EVERYONE | MANAGE_GUILD, 1));
    roles.add(role(BOT_ROLE_ID, "Briefbot", INVITED_BOT, 2));
    ArrayNode channels = guild.putArray("channels");
    List<String> channelIds = new java.util.ArrayList<>(List.of(FakeDiscord.CHANNEL_ID));
    channelIds.addAll(FakeDiscord.DIGEST_CHANNEL_IDS);
    for (int position = 0; position < channelIds.size(); position++) {
      channels.add(
          JSON.createObjectNode()
              .put("id", channelIds.get(position))
              .put("type", 0)
              .put("name", position == 0 ? "news" : "digest-" + position)
              .put("position", position)
              .put("guild_id", FakeDiscord.GUILD_ID)
              .put("nsfw", false)
              .put("rate_limit_per_user", 0)
              .putNull("topic")
              .putNull("last_message_id")
              .put("flags", 0)
              .set("permission_overwrites", JSON.createArrayNode()));
    }
    ArrayNode members = guild.putArray("members");
    members.add(member(botUser(), List.of(BOT_ROLE_ID)));
    for (String empty :
        List.of(
            "emojis",
            "stickers",
            "voice_states",
            "threads",
            "guild_scheduled_events",
            "features",
            "presences",
            "stage_instances",
            "soundboard_sounds")) {
      guild.putArray(empty);
    }
    return guild;
  }

  private static ObjectNode role(String id, String name, long permissions, int position) {
    return (ObjectNode)
        JSON.createObjectNode()
            .put("id", id)
            .put("name", name)
            .put("permissions", String.valueOf(permissions))
            .put("position", position)
            .put("color", 0)
            .put("hoist", false)
            .put("managed", false)
            .put("mentionable", false)
            .put("flags", 0)
            .set("colors", JSON.createObjectNode().put("primary_color", 0));
  }

  static ObjectNode botUser() {
    return user(FakeDiscord.APPLICATION_ID, "Briefbot")
        .put("bot", true)
        .put("verified", true)
        .put("mfa_enabled", false);
  }

  static ObjectNode user(String id, String name) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("username", name)
        .put("discriminator", "0")
        .putNull("avatar")
        .putNull("global_name")
        .put("public_flags", 0);
  }

  static ObjectNode member(ObjectNode user, List<String> roleIds) {
    ObjectNode member =
        JSON.createObjectNode()
            .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
            .put("deaf", false)
            .put("mute", false)
            .put("pending", false)
            .put("flags", 0)
            .putNull("nick")
            .putNull("avatar");
    member.set("user", user);
    ArrayNode roles = member.putArray("roles");
    roleIds.forEach(roles::add);
    return member;
  }

  static ObjectNode commandData(String name, String subcommand, ArrayNode options) {
    ObjectNode data =
        JSON.createObjectNode().put("id", "970000000000000001").put("name", name).put("type", 1);
    if (subcommand == null) {
      data.set("options", options);
      return data;
    }
    ObjectNode sub = JSON.createObjectNode().put("name", subcommand).put("type", 1);
    sub.set("options", options);
    data.putArray("options").add(sub);
    return data;
  }

  static ObjectNode option(String name, Object value, boolean focused) {
    ObjectNode option = JSON.createObjectNode().put("name", name);
    if (value instanceof Integer number) {
      option.put("type", 4).put("value", number);
    } else {
      option.put("type", 3).put("value", String.valueOf(value));
    }
    if (focused) {
      option.put("focused", true);
    }
    return option;
  }

  /**
   * An interaction as Discord sends it from there: in a server, with the server, its channel and
   * the member (a server Briefbot is not in is known to JDA only from this payload); in a
   * conversation, with the channel and the user. Outside the test server the app was installed by
   * the person ({@code authorizing_integration_owners} "1"), not by a server ("0").
   */
  static ObjectNode interaction(
      String id, int type, FakeDiscord.Where where, FakeDiscord.Who who, ObjectNode data) {
    String channelId = channelOf(where);
    boolean inServer =
        where == FakeDiscord.Where.SERVER || where == FakeDiscord.Where.SERVER_WITHOUT_BOT;
    String guildId =
        where == FakeDiscord.Where.SERVER ? FakeDiscord.GUILD_ID : FakeDiscord.OTHER_GUILD_ID;
    ObjectNode person =
        who == FakeDiscord.Who.ADMIN
            ? user(FakeDiscord.ADMIN_ID, "editor")
            : user(FakeDiscord.MEMBER_ID, "reader");
    ObjectNode interaction =
        JSON.createObjectNode()
            .put("id", id)
            .put("application_id", FakeDiscord.APPLICATION_ID)
            .put("type", type)
            .put("token", "token-" + id)
            .put("version", 1)
            .put("channel_id", channelId)
            .put("locale", "en-US")
            .put(
                "context",
                switch (where) {
                  case SERVER, SERVER_WITHOUT_BOT -> 0;
                  case BOT_DM -> 1;
                  case PEOPLES_DM -> 2;
                })
            // In a user-installed context the bot may do only what an interaction allows.
            .put("app_permissions", where == FakeDiscord.Where.SERVER ? "8" : "0");
    interaction.set("data", data);
    if (inServer) {
      interaction.put("guild_id", guildId).put("guild_locale", "en-US");
      interaction.set(
          "guild",
          JSON.createObjectNode()
              .put("id", guildId)
              .put("locale", "en-US")
              .set("features", JSON.createArrayNode()));
      interaction.set(
          "channel",
          JSON.createObjectNode()
              .put("id", channelId)
              .put("type", 0)
              .put("name", "news")
              .put("guild_id", guildId)
              .put("position", 0)
              .put("flags", 0)
              .put("nsfw", false)
              .put("rate_limit_per_user", 0)
              .putNull("parent_id")
              .putNull("topic")
              .putNull("last_message_id")
              .put("permissions", String.valueOf(EVERYONE)));
      ObjectNode member =
          who == FakeDiscord.Who.ADMIN
              ? member(person, List.of(FakeDiscord.ADMIN_ROLE_ID))
              : member(person, List.of());
      member.put(
          "permissions",
          String.valueOf(who == FakeDiscord.Who.ADMIN ? EVERYONE | MANAGE_GUILD : EVERYONE));
      interaction.set("member", member);
    } else {
      ObjectNode channel = JSON.createObjectNode().put("id", channelId).put("type", 1);
      ArrayNode recipients = channel.putArray("recipients");
      recipients.add(
          where == FakeDiscord.Where.BOT_DM ? botUser() : user("940000000000000051", "friend"));
      interaction.set("channel", channel);
      interaction.set("user", person);
    }
    interaction.set("entitlements", JSON.createArrayNode());
    interaction.set(
        "authorizing_integration_owners",
        where == FakeDiscord.Where.SERVER
            ? JSON.createObjectNode().put("0", FakeDiscord.GUILD_ID)
            : JSON.createObjectNode().put("1", person.path("id").asText()));
    return interaction;
  }

  static ObjectNode message(String id, ObjectNode author, String content) {
    ObjectNode message =
        JSON.createObjectNode()
            .put("id", id)
            .put("channel_id", FakeDiscord.CHANNEL_ID)
            .put("type", 0)
            .put("content", content)
            .put("timestamp", "2026-01-01T00:00:00.000000+00:00")
            .putNull("edited_timestamp")
            .put("tts", false)
            .put("mention_everyone", false)
            .put("pinned", false)
            .put("flags", 0);
    message.set("author", author);
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return message;
  }
}
