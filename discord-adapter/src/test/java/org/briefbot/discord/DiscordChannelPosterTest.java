package org.briefbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Platform;
import org.junit.jupiter.api.Test;

/** Which servers' digests a process with some of the bot's shards takes. */
class DiscordChannelPosterTest {

  @Test
  void aProcessHoldsTheServersOnItsOwnShardsOnly() {
    ShardManager shards = mock(ShardManager.class);
    when(shards.getShardsTotal()).thenReturn(2);
    JDA shardOne = mock(JDA.class);
    when(shardOne.getStatus()).thenReturn(JDA.Status.CONNECTED);
    when(shards.getShardById(1)).thenReturn(shardOne); // this process runs shard 1 of 2
    DiscordChannelPoster poster = new DiscordChannelPoster(shards, new DiscordRenderer());

    // Discord puts a server on shard (id >> 22) % total.
    String onShardOne = Long.toString((5L << 22) | 123);
    String onShardZero = Long.toString((4L << 22) | 123);
    assertThat(poster.holds(Place.channel(Platform.DISCORD, onShardOne, "c"))).isTrue();
    assertThat(poster.holds(Place.channel(Platform.DISCORD, onShardZero, "c"))).isFalse();
    assertThat(poster.holds(Place.channel(Platform.SLACK, onShardOne, "c"))).isFalse();
  }

  @Test
  void aServerIsNotHeldWhileItsShardConnectsOrDiscordReportsItUnavailable() {
    ShardManager shards = mock(ShardManager.class);
    when(shards.getShardsTotal()).thenReturn(1);
    JDA shard = mock(JDA.class);
    when(shards.getShardById(0)).thenReturn(shard);
    DiscordChannelPoster poster = new DiscordChannelPoster(shards, new DiscordRenderer());
    long server = (5L << 22) | 123;
    Place channel = Place.channel(Platform.DISCORD, Long.toString(server), "c");

    // Just started: the digest check must not take the server for one Briefbot was removed from.
    when(shard.getStatus()).thenReturn(JDA.Status.LOADING_SUBSYSTEMS);
    assertThat(poster.holds(channel)).isFalse();
    when(shard.getStatus()).thenReturn(JDA.Status.CONNECTED);
    assertThat(poster.holds(channel)).isTrue();
    when(shard.isUnavailable(server)).thenReturn(true);
    assertThat(poster.holds(channel)).isFalse();
  }
}
