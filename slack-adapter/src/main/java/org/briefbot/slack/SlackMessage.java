package org.briefbot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Objects;

/**
 * A reply as Slack takes it: Block Kit blocks and the plain {@code text} that notifications, screen
 * readers and old clients show instead.
 *
 * @param text the fallback, never empty
 * @param blocks at most {@link BlockKitRenderer#MAX_BLOCKS}
 * @param askerOnly whether only the asker should see it (an ephemeral message)
 */
record SlackMessage(String text, List<LayoutBlock> blocks, boolean askerOnly) {
  private static final Gson GSON = GsonFactory.createSnakeCase();

  SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }

  /** The body for a {@code response_url}: in the channel, or ephemeral for the asker. */
  String responseUrlJson() {
    return responseUrlJson(false);
  }

  /**
   * The body for a {@code response_url}; with {@code replaceOriginal}, in place of the message
   * whose button was clicked (which keeps its own audience).
   */
  String responseUrlJson(boolean replaceOriginal) {
    JsonObject body = new JsonObject();
    if (!replaceOriginal) {
      body.addProperty("response_type", askerOnly ? "ephemeral" : "in_channel");
    }
    body.addProperty("replace_original", replaceOriginal);
    body.addProperty("text", text);
    body.add("blocks", GSON.toJsonTree(blocks));
    return GSON.toJson(body);
  }
}
