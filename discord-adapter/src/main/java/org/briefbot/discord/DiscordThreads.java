package org.briefbot.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.briefbot.core.chat.Notices;
import org.briefbot.core.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to a click that go in the thread under the message the button is on (a digest's Brief):
 * the thread is started on the first click, with the name the core gives it, and found again on
 * every later one; an error goes to the person who clicked alone.
 */
final class DiscordThreads {
  private static final Logger log = LoggerFactory.getLogger(DiscordThreads.class);

  private final DiscordRenderer renderer;

  DiscordThreads(DiscordRenderer renderer) {
    this.renderer = renderer;
  }

  /** Posts the reply in the message's thread; blocks until Discord has it. */
  void answerInThread(InteractionHook hook, Message message, Reply reply) {
    List<List<MessageEmbed>> messages = renderer.render(reply);
    try {
      if (reply.isError()) {
        privately(hook, messages.get(0));
        return;
      }
      Optional<ThreadChannel> thread = threadOf(message);
      if (thread.isEmpty()) {
        privately(hook, renderer.render(Reply.error(Notices.NO_THREAD)).get(0));
        return;
      }
      List<ActionRow> buttons = renderer.components(reply);
      for (int i = 0; i < messages.size(); i++) {
        thread
            .get()
            .sendMessageEmbeds(messages.get(i))
            .setComponents(i == messages.size() - 1 ? buttons : List.of())
            .setAllowedMentions(List.of())
            .complete();
      }
    } catch (RuntimeException failure) {
      log.warn("an answer in a thread could not be delivered: {}", failure.toString());
    }
  }

  /**
   * The message's thread: the one Discord says it started, else a new one; when two clicks start
   * one at once, the loser finds the winner's (a thread on a message has the message's id).
   */
  private static Optional<ThreadChannel> threadOf(Message message) {
    if (!message.isFromGuild() || !message.getChannelType().isMessage()) {
      return Optional.empty();
    }
    ThreadChannel started = message.getStartedThread();
    if (started != null) {
      return Optional.of(started);
    }
    if (message.getChannelType().isThread()) {
      return Optional.of(message.getChannel().asThreadChannel());
    }
    try {
      return Optional.of(message.createThreadChannel(Notices.THREAD_NAME).complete());
    } catch (ErrorResponseException refused) {
      if (refused.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
        return Optional.ofNullable(message.getGuild().getThreadChannelById(message.getId()));
      }
      log.warn("a thread could not be started: {}", refused.getMeaning());
      return Optional.empty();
    } catch (InsufficientPermissionException notAllowed) {
      log.warn("a thread could not be started: {}", notAllowed.getMessage());
      return Optional.empty();
    }
  }

  private static void privately(InteractionHook hook, List<MessageEmbed> embeds) {
    hook.sendMessageEmbeds(embeds).setEphemeral(true).setAllowedMentions(List.of()).complete();
  }
}
