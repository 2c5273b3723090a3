package org.briefbot.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.briefbot.core.chat.ChannelPoster;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.briefbot.core.chat.Reply;

/**
 * Posts digests and feed alerts into a server's channel. Discord's rate limits are JDA's to keep
 * (it queues and waits per route); a post blocks until Discord took the message or refused it. A
 * server the bot left, a deleted channel or lost permissions are permanent failures the caller
 * records, never an exception. A post the core may make again carries its key as the nonce, which
 * Discord enforces.
 */
public final class DiscordChannelPoster implements ChannelPoster {
  private static final Set<ErrorResponse> PERMANENT =
      Set.of(
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.UNKNOWN_GUILD,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS,
          ErrorResponse.CANNOT_SEND_TO_USER,
          ErrorResponse.UNKNOWN_USER);

  private final ShardManager shards;
  private final DiscordRenderer renderer;

  public DiscordChannelPoster(ShardManager shards, DiscordRenderer renderer) {
    this.shards = shards;
    this.renderer = renderer;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  /**
   * A server is held when its shard — {@code (server id >> 22) % shards total}, Discord's rule —
   * runs in this process and is connected, with the server loaded: while a shard is still
   * connecting after a start, or reconnecting, or Discord reports the server unavailable (an outage
   * of theirs), its digests stay due rather than fail as if Briefbot had been removed.
   */
  @Override
  public boolean holds(Place place) {
    if (place.platform() != Platform.DISCORD || place.workspaceId().isEmpty()) {
      return place.platform() == Platform.DISCORD;
    }
    long guild;
    try {
      guild = Long.parseUnsignedLong(place.workspaceId().get());
    } catch (NumberFormatException notAnId) {
      return true; // the post then says what is wrong
    }
    int total = shards.getShardsTotal();
    net.dv8tion.jda.api.JDA shard = shards.getShardById((int) ((guild >>> 22) % total));
    return shard != null
        && shard.getStatus() == net.dv8tion.jda.api.JDA.Status.CONNECTED
        && !shard.isUnavailable(guild);
  }

  /**
   * How long after a post Discord surely still answers a post with the same nonce with the first
   * message (its documentation says "the past few minutes"); later a repeated nonce may make a
   * second message.
   */
  public static final Duration NONCE_REMEMBERED = Duration.ofMinutes(2);

  @Override
  public Delivery post(Place place, Reply reply) {
    return post(place, reply, Optional.empty());
  }

  /**
   * Posts with the key as each part's nonce (the first part's is the key, the next ones' the key
   * and the part's number), which JDA sends with {@code enforce_nonce}: Discord answers a second
   * post with the same nonce, within a few minutes, with the message the first made.
   */
  @Override
  public Delivery post(Place place, Reply reply, PostKey key) {
    return post(place, reply, Optional.of(key));
  }

  /**
   * Discord shows no message's nonce afterwards, but within {@link #NONCE_REMEMBERED} of the first
   * attempt a post with the same nonces makes no second message.
   */
  @Override
  public Earlier earlier(Place place, PostKey key, Instant sentAfter, Instant now) {
    return now.isBefore(sentAfter.plus(NONCE_REMEMBERED))
        ? new Earlier.NoneRepeated()
        : new Earlier.Unknown(Earlier.Cause.KEY_FORGOTTEN, "");
  }

  /** The nonce of a post's part. */
  static String nonce(PostKey key, int part) {
    return part == 0 ? key.value() : key.value() + "." + part;
  }

  private Delivery post(Place place, Reply reply, Optional<PostKey> key) {
    if (place.platform() != Platform.DISCORD) {
      return new Delivery.Failed(
          "Briefbot's Discord side cannot post to " + place.platform() + ".", true);
    }
    if (place.workspaceId().isEmpty()) {
      return new Delivery.Failed(
          "Briefbot posts digests and alerts into server channels, not direct messages.", true);
    }
    Guild guild;
    try {
      guild = shards.getGuildById(place.workspaceId().get());
    } catch (NumberFormatException notAnId) {
      guild = null;
    }
    if (guild == null) {
      return new Delivery.Failed(
          "Briefbot is no longer in the Discord server "
              + place.workspaceId().get()
              + " (removed, or the server was deleted).",
          true);
    }
    GuildMessageChannel channel =
        guild.getChannelById(GuildMessageChannel.class, place.channelId());
    if (channel == null) {
      return new Delivery.Failed(
          "The channel "
              + place.channelId()
              + " is gone from the server "
              + guild.getName()
              + ", or Briefbot can no longer see it.",
          true);
    }
    try {
      String first = null;
      Guild server = guild;
      boolean here = reply.mentionRole().filter(Reply.MENTION_HERE::equals).isPresent();
      Optional<Role> role =
          here ? Optional.empty() : reply.mentionRole().flatMap(wanted -> role(server, wanted));
      List<List<MessageEmbed>> parts = renderer.render(reply);
      for (int i = 0; i < parts.size(); i++) {
        MessageCreateAction message =
            channel
                .sendMessageEmbeds(parts.get(i))
                // The buttons go under the last part: a digest's Brief answers in its thread.
                .setComponents(i == parts.size() - 1 ? renderer.components(reply) : List.of())
                .setAllowedMentions(List.of());
        if (key.isPresent()) {
          message = message.setNonce(nonce(key.get(), i));
        }
        if (first == null && role.isPresent()) {
          // The subscription asked to ping this role: the one mention the post allows.
          message = message.setContent(role.get().getAsMention()).mentionRoles(role.get().getId());
        } else if (first == null && here) {
          // An alert asked to notify everyone online in the channel: @here, and nothing else.
          message =
              message.setContent("@here").setAllowedMentions(List.of(Message.MentionType.HERE));
        }
        String id = message.complete().getId();
        first = first == null ? id : first;
      }
      return new Delivery.Posted(first);
    } catch (InsufficientPermissionException missing) {
      return new Delivery.Failed(
          "Briefbot lacks the permission \u201C"
              + missing.getPermission().getName()
              + "\u201D in #"
              + channel.getName()
              + ".",
          true);
    } catch (ErrorResponseException refused) {
      boolean permanent = PERMANENT.contains(refused.getErrorResponse());
      return new Delivery.Failed(
          "Discord refused the post to #"
              + channel.getName()
              + ": "
              + refused.getErrorResponse().getMeaning()
              + (permanent ? "" : " (will retry)")
              + ".",
          permanent);
    } catch (RuntimeException unreachable) {
      return new Delivery.Failed(
          "Discord could not be reached to post to #"
              + channel.getName()
              + " ("
              + unreachable.getClass().getSimpleName()
              + ").",
          false);
    }
  }

  /**
   * The role a subscription names, by id or by name (ignoring case); none when the server has no
   * such role.
   */
  private static Optional<Role> role(Guild guild, String wanted) {
    String name = wanted.startsWith("@") ? wanted.substring(1) : wanted;
    if (name.matches("\\d{5,20}")) {
      return Optional.ofNullable(guild.getRoleById(name));
    }
    return guild.getRolesByName(name, true).stream().findFirst();
  }
}
