package org.briefbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.briefbot.discord.fake.FakeDiscord.Visible;

/**
 * What Discord shows of the bot's messages, with Discord's own rules for an interaction: after a
 * deferral the original response is "thinking…"; the first follow-up sent while it is still
 * thinking becomes the original (its ephemeral flag ignored: the deferral decided); later
 * follow-ups keep their own flag; edits and deletions apply to what is shown.
 */
final class ShownMessages {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EPHEMERAL = 64;

  /** Discord's flag of a deferred response still "thinking…". */
  static final int LOADING = 128;

  private static final String THINKING = "Briefbot is thinking\u2026";

  private final Map<String, Conversation> interactions = new HashMap<>();
  private final Map<String, List<Shown>> channels = new HashMap<>();

  private static final class Shown {
    ObjectNode message;
    final boolean ephemeral;
    boolean deleted;

    Shown(ObjectNode message, boolean ephemeral) {
      this.message = message;
      this.ephemeral = ephemeral;
    }
  }

  /** One interaction's responses: the original first, then the follow-ups. */
  private static final class Conversation {
    final String channelId;
    Shown original;
    boolean loading;
    String pressedMessage;
    final List<Shown> followUps = new ArrayList<>();

    Conversation(String channelId) {
      this.channelId = channelId;
    }
  }

  synchronized void interactionCreated(String interactionId, String channelId) {
    interactions.put(interactionId, new Conversation(channelId));
  }

  /** The channel an interaction came from; the test channel for one this fake did not send. */
  synchronized String channelOf(String interactionId, String fallback) {
    Conversation conversation = interactions.get(interactionId);
    return conversation == null ? fallback : conversation.channelId;
  }

  /**
   * A component interaction on a message: a deferred edit of it (type 6) makes that message the
   * interaction's original, so that editing the original edits it wherever it is shown.
   */
  synchronized void pressed(String interactionId, String messageId) {
    conversation(interactionId).pressedMessage = messageId;
  }

  private Optional<Shown> shownAnywhere(String messageId) {
    List<Shown> all = new ArrayList<>();
    for (Conversation conversation : interactions.values()) {
      if (conversation.original != null) {
        all.add(conversation.original);
      }
      all.addAll(conversation.followUps);
    }
    channels.values().forEach(all::addAll);
    return find(all, messageId);
  }

  /**
   * An interaction callback: a deferral (type 5) leaves the original thinking; a reply (type 4)
   * shows it at once; a deferred edit (type 6) of a component's message leaves it as it is.
   */
  synchronized void callback(
      String interactionId, JsonNode body, Function<JsonNode, ObjectNode> message) {
    Conversation conversation = conversation(interactionId);
    boolean ephemeral = (body.path("data").path("flags").asInt(0) & EPHEMERAL) != 0;
    switch (body.path("type").asInt()) {
      case 5 -> {
        ObjectNode thinking = message.apply(JSON.createObjectNode().put("content", THINKING));
        thinking.put("flags", LOADING | (ephemeral ? EPHEMERAL : 0));
        conversation.original = new Shown(thinking, ephemeral);
        conversation.loading = true;
      }
      case 4 -> {
        conversation.original = new Shown(message.apply(body.path("data")), ephemeral);
        conversation.loading = false;
      }
      case 6 -> {
        if (conversation.pressedMessage != null) {
          shownAnywhere(conversation.pressedMessage)
              .ifPresent(
                  pressed -> {
                    conversation.original = pressed;
                    conversation.loading = false;
                  });
        }
      }
      default -> {}
    }
  }

  /** An edit of the original response; empty when there is none (Discord: Unknown Message). */
  synchronized Optional<ObjectNode> editOriginal(String interactionId, JsonNode body) {
    Conversation conversation = conversation(interactionId);
    Shown original = conversation.original;
    if (original == null || original.deleted) {
      return Optional.empty();
    }
    if (conversation.loading) {
      original.message.remove("content");
      original.message.put("flags", original.ephemeral ? EPHEMERAL : 0);
      conversation.loading = false;
    }
    edit(original.message, body);
    return Optional.of(original.message.deepCopy());
  }

  /** A follow-up: the original itself while it is thinking, else a message of its own. */
  synchronized ObjectNode followUp(
      String interactionId, JsonNode body, Function<JsonNode, ObjectNode> message) {
    Conversation conversation = conversation(interactionId);
    if (conversation.original != null && !conversation.original.deleted && conversation.loading) {
      conversation.loading = false;
      ObjectNode replaced = message.apply(body);
      replaced.put("id", conversation.original.message.path("id").asText());
      replaced.put("flags", conversation.original.ephemeral ? EPHEMERAL : 0);
      conversation.original.message = replaced;
      return replaced.deepCopy();
    }
    ObjectNode sent = message.apply(body);
    conversation.followUps.add(new Shown(sent, (body.path("flags").asInt(0) & EPHEMERAL) != 0));
    return sent.deepCopy();
  }

  /** Deletes the original response; false when there was none. */
  synchronized boolean deleteOriginal(String interactionId) {
    Shown original = conversation(interactionId).original;
    if (original == null || original.deleted) {
      return false;
    }
    original.deleted = true;
    return true;
  }

  /** Edits a follow-up by its id; empty when there is none. */
  synchronized Optional<ObjectNode> editFollowUp(
      String interactionId, String messageId, JsonNode body) {
    return find(conversation(interactionId).followUps, messageId)
        .map(
            shown -> {
              edit(shown.message, body);
              return shown.message.deepCopy();
            });
  }

  synchronized boolean deleteFollowUp(String interactionId, String messageId) {
    return find(conversation(interactionId).followUps, messageId)
        .map(shown -> shown.deleted = true)
        .orElse(false);
  }

  synchronized void posted(String channelId, ObjectNode message) {
    channels.computeIfAbsent(channelId, c -> new ArrayList<>()).add(new Shown(message, false));
  }

  synchronized Optional<ObjectNode> editInChannel(
      String channelId, String messageId, JsonNode body) {
    return find(channels.getOrDefault(channelId, List.of()), messageId)
        .map(
            shown -> {
              edit(shown.message, body);
              return shown.message.deepCopy();
            });
  }

  synchronized boolean deleteInChannel(String channelId, String messageId) {
    return find(channels.getOrDefault(channelId, List.of()), messageId)
        .map(shown -> shown.deleted = true)
        .orElse(false);
  }

  /** What a user sees of an interaction's responses, in order. */
  synchronized List<Visible> ofInteraction(String interactionId) {
    Conversation conversation = interactions.get(interactionId);
    if (conversation == null) {
      return List.of();
    }
    List<Shown> all = new ArrayList<>();
    if (conversation.original != null) {
      all.add(conversation.original);
    }
    all.addAll(conversation.followUps);
    return visible(all);
  }

  synchronized List<Visible> inChannel(String channelId) {
    return visible(channels.getOrDefault(channelId, List.of()));
  }

  synchronized void clear() {
    interactions.clear();
    channels.clear();
  }

  private Conversation conversation(String interactionId) {
    return interactions.computeIfAbsent(interactionId, id -> new Conversation(""));
  }

  private static Optional<Shown> find(List<Shown> messages, String messageId) {
    return messages.stream()
        .filter(s -> !s.deleted && s.message.path("id").asText().equals(messageId))
        .findFirst();
  }

  /** An edit replaces what its body names and keeps the rest, as Discord's PATCH does. */
  private static void edit(ObjectNode message, JsonNode body) {
    if (body.has("content")) {
      message.set("content", body.get("content"));
    }
    if (body.has("embeds")) {
      message.set("embeds", richEmbeds(body.get("embeds")));
    }
    if (body.has("components")) {
      message.set("components", body.get("components").deepCopy());
    }
  }

  static ArrayNode richEmbeds(JsonNode embeds) {
    ArrayNode rich = (ArrayNode) embeds.deepCopy();
    rich.forEach(embed -> ((ObjectNode) embed).put("type", "rich"));
    return rich;
  }

  private static List<Visible> visible(List<Shown> messages) {
    return messages.stream()
        .filter(s -> !s.deleted)
        .map(s -> new Visible(text(s.message), s.ephemeral, s.message.deepCopy()))
        .toList();
  }

  /** Everything a reader sees: the content, then each embed's title, text, fields and footer. */
  private static String text(JsonNode message) {
    List<String> parts = new ArrayList<>();
    add(parts, message.path("content").asText(""));
    for (JsonNode embed : message.path("embeds")) {
      add(parts, embed.path("title").asText(""));
      add(parts, embed.path("description").asText(""));
      for (JsonNode field : embed.path("fields")) {
        add(parts, field.path("name").asText("") + ": " + field.path("value").asText(""));
      }
      add(parts, embed.path("footer").path("text").asText(""));
    }
    for (JsonNode row : message.path("components")) {
      for (JsonNode button : row.path("components")) {
        add(parts, "[" + button.path("label").asText("") + "]");
      }
    }
    return String.join("\n", parts);
  }

  private static void add(List<String> parts, String part) {
    if (!part.isEmpty()) {
      parts.add(part);
    }
  }
}
