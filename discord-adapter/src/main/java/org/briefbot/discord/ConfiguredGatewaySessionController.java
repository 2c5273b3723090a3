package org.briefbot.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Connects to the configured gateway (a proxy, a test's fake) instead of the one Discord names. A
 * single JDA never asks Discord for the gateway: it takes {@link #getGateway()}. The shard manager
 * asks {@code GET /gateway/bot} for the shard count and the concurrency; that answer is kept, only
 * its URL is replaced.
 */
final class ConfiguredGatewaySessionController extends ConcurrentSessionController {
  private final Optional<String> gatewayUrl;

  ConfiguredGatewaySessionController(Optional<String> gatewayUrl) {
    this.gatewayUrl = gatewayUrl;
  }

  @Override
  public String getGateway() {
    return gatewayUrl.orElseGet(super::getGateway);
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway discords = super.getShardedGateway(api);
    return gatewayUrl
        .map(url -> new ShardedGateway(url, discords.getShardTotal(), discords.getConcurrency()))
        .orElse(discords);
  }
}
