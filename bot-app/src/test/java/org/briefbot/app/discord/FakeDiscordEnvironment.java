package org.briefbot.app.discord;

import java.util.HashMap;
import java.util.Map;
import org.briefbot.discord.fake.FakeDiscord;

/** The settings that point Briefbot at a fake Discord: its token, REST API and gateway. */
public final class FakeDiscordEnvironment {
  private FakeDiscordEnvironment() {}

  /** Those settings, with the test's own added. */
  public static Map<String, String> with(FakeDiscord discord, Map<String, String> more) {
    Map<String, String> environment = new HashMap<>(more);
    environment.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    environment.put("BRIEFBOT_DISCORD_REST_URL", discord.restUrl());
    environment.put("BRIEFBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
    return Map.copyOf(environment);
  }
}
