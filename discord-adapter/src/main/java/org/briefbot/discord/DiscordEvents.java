package org.briefbot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.requests.RestAction;
import org.briefbot.core.chat.Action;
import org.briefbot.core.chat.Notices;
import org.briefbot.core.chat.Place;
import org.briefbot.core.chat.Reply;
import org.briefbot.core.command.AcknowledgementsFirst;
import org.briefbot.core.command.Attachment;
import org.briefbot.core.command.CommandRequest;
import org.briefbot.core.command.CommandRouter;
import org.briefbot.core.command.Requester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's events into the router and its replies back. Every interaction is acknowledged on the
 * gateway's thread before anything else happens — a deferral, public or ephemeral as the command
 * declares — and answered from a worker through its hook, so a slow fetch never leaves Discord's
 * three seconds to chance and a failure still ends as a message, never "thinking…".
 *
 * <p>Only routing and delivery happen here: which command a message action asks, what a blank
 * mention gets and who sees each answer are the core's to decide. An answer for the asker alone
 * that follows a public deferral goes out ephemerally ({@link #deliver}); one to a mention in a
 * server's channel goes by direct message, with a short note in the channel.
 */
public final class DiscordEvents extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);

  private final CommandRouter router;
  private final DiscordRenderer renderer;
  private final DiscordThreads threads;
  private final ExecutorService workers;
  private final AcknowledgementsFirst acknowledgements;
  private volatile boolean accepting = true;

  /**
   * @param workers where answers are worked out; {@link #stop} waits for it
   * @param acknowledgements told of each deferral under way, for workers whose answers wait for
   *     them
   */
  public DiscordEvents(
      CommandRouter router,
      DiscordRenderer renderer,
      ExecutorService workers,
      AcknowledgementsFirst acknowledgements) {
    this.router = router;
    this.renderer = renderer;
    this.threads = new DiscordThreads(renderer);
    this.workers = workers;
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (refusedWhileStopping(event)) {
      return;
    }
    boolean askerOnly = answersAskerOnly(event.getName());
    defer(event, askerOnly);
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, Attachment> attachments = new LinkedHashMap<>();
    for (OptionMapping option : event.getOptions()) {
      if (option.getType() == OptionType.ATTACHMENT) {
        Message.Attachment file = option.getAsAttachment();
        options.put(option.getName(), file.getFileName());
        attachments.put(
            option.getName(), new Attachment(file.getFileName(), file.getSize(), file.getUrl()));
      } else {
        options.put(option.getName(), option.getAsString());
      }
    }
    CommandRequest request =
        new CommandRequest(
            event.getName(),
            Optional.ofNullable(event.getSubcommandName()),
            options,
            DiscordPeople.requester(event.getUser(), event.getMember()),
            DiscordPeople.place(event),
            attachments);
    answerLater(event.getHook(), askerOnly, () -> router.dispatch(request));
  }

  @Override
  public void onMessageContextInteraction(MessageContextInteractionEvent event) {
    if (refusedWhileStopping(event)) {
      return;
    }
    String text = event.getTarget().getContentRaw();
    Requester requester = DiscordPeople.requester(event.getUser(), event.getMember());
    Place place = DiscordPeople.place(event);
    boolean askerOnly =
        router.visibilityOfMessageAction(event.getName(), text) == Reply.Visibility.ASKER_ONLY;
    defer(event, askerOnly);
    answerLater(
        event.getHook(),
        askerOnly,
        () -> router.dispatchMessageAction(event.getName(), text, requester, place));
  }

  /**
   * A click on a button of an answer: the action its id names runs as the command would, through
   * the router's checks. A new page is shown in place of the message the button is on (Discord's
   * deferred edit); a digest's Brief goes in the thread under its post (a deferred edit that
   * changes nothing, then the thread's message); any other answer is a reply, for the person who
   * clicked or the channel as the action says; an error is always a message for the person alone.
   */
  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    if (refusedWhileStopping(event)) {
      return;
    }
    String id = event.getComponentId();
    Requester requester = DiscordPeople.requester(event.getUser(), event.getMember());
    Place place = DiscordPeople.place(event);
    if (router.answerOfAction(id).filter(a -> a == Action.Answer.REPLACE).isPresent()) {
      acknowledge(event.deferEdit());
      InteractionHook hook = event.getHook();
      afterDeferredEdit(
          hook, () -> replace(hook, safely(() -> router.dispatchAction(id, requester, place))));
      return;
    }
    if (router.answerOfAction(id).filter(a -> a == Action.Answer.THREAD).isPresent()) {
      acknowledge(event.deferEdit());
      InteractionHook hook = event.getHook();
      Message message = event.getMessage();
      afterDeferredEdit(
          hook,
          () ->
              threads.answerInThread(
                  hook, message, safely(() -> router.dispatchAction(id, requester, place))));
      return;
    }
    boolean askerOnly = router.visibilityOfAction(id) == Reply.Visibility.ASKER_ONLY;
    defer(event, askerOnly);
    answerLater(event.getHook(), askerOnly, () -> router.dispatchAction(id, requester, place));
  }

  /** Answers a click acknowledged by a deferred edit; while stopping, tells the person alone. */
  private void afterDeferredEdit(InteractionHook hook, Runnable answer) {
    try {
      workers.execute(answer);
    } catch (RejectedExecutionException stopping) {
      hook.sendMessage(Notices.RESTARTING).setEphemeral(true).setAllowedMentions(List.of()).queue();
    }
  }

  /** The message a button is on, shown anew; an error goes to the person who clicked alone. */
  private void replace(InteractionHook hook, Reply reply) {
    List<List<MessageEmbed>> messages = renderer.render(reply);
    try {
      if (reply.isError()) {
        hook.sendMessageEmbeds(messages.get(0))
            .setEphemeral(true)
            .setAllowedMentions(List.of())
            .complete();
        return;
      }
      hook.editOriginalEmbeds(messages.get(0))
          .setContent("")
          .setComponents(renderer.components(reply))
          .setAllowedMentions(List.of())
          .complete();
    } catch (RuntimeException failure) {
      log.warn("a page could not be shown: {}", failure.toString());
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    Requester requester = DiscordPeople.requester(event.getUser(), event.getMember());
    Place place = DiscordPeople.place(event);
    try {
      workers.execute(
          () -> {
            List<String> values =
                router.suggestions(
                    event.getName(),
                    Optional.ofNullable(event.getSubcommandName()),
                    event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue(),
                    requester,
                    place);
            List<String> choices =
                values.stream()
                    .filter(
                        v -> !v.isBlank() && v.length() <= Command.Choice.MAX_STRING_VALUE_LENGTH)
                    .distinct()
                    .limit(OptionData.MAX_CHOICES)
                    .toList();
            event
                .replyChoiceStrings(choices)
                .queue(
                    null,
                    failure -> log.debug("suggestions not delivered: {}", failure.toString()));
          });
    } catch (RejectedExecutionException stopping) {
      event.replyChoices().queue();
    }
  }

  /** Mentions in servers and every direct message, answered in plain words. */
  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    User self = event.getJDA().getSelfUser();
    if (event.getAuthor().isBot()
        || event.isWebhookMessage()
        || event.getAuthor().getIdLong() == self.getIdLong()) {
      return;
    }
    Message message = event.getMessage();
    boolean direct = !event.isFromGuild();
    if (!direct && !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
      return;
    }
    String text = withoutMention(message.getContentRaw(), self.getId());
    if (!accepting) {
      message
          .reply(Notices.RESTARTING)
          .setAllowedMentions(List.of())
          .mentionRepliedUser(false)
          .queue();
      return;
    }
    Requester requester = DiscordPeople.requester(event.getAuthor(), event.getMember());
    Place place = DiscordPeople.place(direct ? null : event.getGuild(), event.getChannel());
    try {
      workers.execute(
          () -> {
            Reply reply = safely(() -> router.dispatchText(text, requester, place));
            answerMessage(message, direct, reply);
          });
    } catch (RejectedExecutionException stopping) {
      message
          .reply(Notices.RESTARTING)
          .setAllowedMentions(List.of())
          .mentionRepliedUser(false)
          .queue();
    }
  }

  /** Stops taking new work and waits for the answers under way; true when all finished in time. */
  public boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
    accepting = false;
    workers.shutdown();
    return workers.awaitTermination(timeout, unit);
  }

  private boolean answersAskerOnly(String command) {
    return router
        .command(command)
        .map(c -> c.answerVisibility() == Reply.Visibility.ASKER_ONLY)
        .orElse(true);
  }

  /**
   * The acknowledgement, sent before anything else is done: Discord then waits up to 15 minutes.
   */
  private void defer(IReplyCallback event, boolean askerOnly) {
    acknowledge(event.deferReply(askerOnly));
  }

  /** Sends an acknowledgement (a deferral) and tells the answers when it is out. */
  private void acknowledge(RestAction<?> deferral) {
    AcknowledgementsFirst.Acknowledgement acknowledgement = acknowledgements.acknowledging();
    try {
      deferral.queue(
          deferred -> acknowledgement.done(),
          failure -> {
            acknowledgement.done();
            log.warn("an interaction could not be deferred: {}", failure.toString());
          });
    } catch (RuntimeException notQueued) {
      acknowledgement.done();
      throw notQueued;
    }
  }

  private boolean refusedWhileStopping(IReplyCallback event) {
    if (accepting) {
      return false;
    }
    event.reply(Notices.RESTARTING).setEphemeral(true).setAllowedMentions(List.of()).queue();
    return true;
  }

  private void answerLater(
      InteractionHook hook, boolean deferredAskerOnly, Supplier<Reply> answer) {
    try {
      workers.execute(() -> deliver(hook, deferredAskerOnly, safely(answer)));
    } catch (RejectedExecutionException stopping) {
      // Sent before the stop goes on, so the gateway's close cannot leave the person "thinking…".
      try {
        hook.editOriginal(Notices.RESTARTING).setAllowedMentions(List.of()).complete();
      } catch (RuntimeException failure) {
        log.warn("a stopping notice could not be delivered: {}", failure.toString());
      }
    }
  }

  private static Reply safely(Supplier<Reply> answer) {
    try {
      return answer.get();
    } catch (RuntimeException bug) {
      log.error("an answer failed", bug);
      return Reply.error(Notices.FAILED);
    }
  }

  /** Sends the reply through the interaction's hook; blocks until Discord has it. */
  void deliver(InteractionHook hook, boolean deferredAskerOnly, Reply reply) {
    List<List<MessageEmbed>> messages = renderer.render(reply);
    try {
      if (reply.visibility() == Reply.Visibility.ASKER_ONLY && !deferredAskerOnly) {
        deliverPrivatelyAfterPublicDeferral(hook, messages, renderer.components(reply));
        return;
      }
      List<ActionRow> buttons = renderer.components(reply);
      hook.editOriginalEmbeds(messages.get(0))
          .setComponents(messages.size() == 1 ? buttons : List.of())
          .setAllowedMentions(List.of())
          .complete();
      for (int i = 1; i < messages.size(); i++) {
        hook.sendMessageEmbeds(messages.get(i))
            .setComponents(i == messages.size() - 1 ? buttons : List.of())
            .setEphemeral(deferredAskerOnly)
            .setAllowedMentions(List.of())
            .complete();
      }
    } catch (RuntimeException failure) {
      // The interaction expired or the channel went away: nothing left to tell the person through
      // it.
      log.warn("an answer could not be delivered: {}", failure.toString());
    }
  }

  /**
   * A public deferral cannot become ephemeral, and while it is still "thinking…" Discord turns the
   * first follow-up into an edit of it, ignoring that follow-up's ephemeral flag. So the original
   * is edited first (a short public line), the answer follows as ephemeral messages, which then
   * keep their flag, and the public line is deleted: the channel is left with nothing.
   */
  private static void deliverPrivatelyAfterPublicDeferral(
      InteractionHook hook, List<List<MessageEmbed>> messages, List<ActionRow> buttons) {
    hook.editOriginal(Notices.ANSWERED_PRIVATELY).setAllowedMentions(List.of()).complete();
    for (int i = 0; i < messages.size(); i++) {
      hook.sendMessageEmbeds(messages.get(i))
          .setComponents(i == messages.size() - 1 ? buttons : List.of())
          .setEphemeral(true)
          .setAllowedMentions(List.of())
          .complete();
    }
    hook.deleteOriginal().complete();
  }

  /**
   * Answers a mention or direct message with a reply to it. An answer meant for the asker alone
   * goes to them by direct message when they asked in a channel.
   */
  private void answerMessage(Message message, boolean direct, Reply reply) {
    List<List<MessageEmbed>> messages = renderer.render(reply);
    List<ActionRow> buttons = renderer.components(reply);
    try {
      if (!direct && reply.visibility() == Reply.Visibility.ASKER_ONLY) {
        try {
          var channel = message.getAuthor().openPrivateChannel().complete();
          for (int i = 0; i < messages.size(); i++) {
            channel
                .sendMessageEmbeds(messages.get(i))
                .setComponents(i == messages.size() - 1 ? buttons : List.of())
                .setAllowedMentions(List.of())
                .complete();
          }
          message
              .reply(Notices.SENT_BY_DIRECT_MESSAGE)
              .setAllowedMentions(List.of())
              .mentionRepliedUser(false)
              .complete();
        } catch (RuntimeException closed) {
          message
              .reply(Notices.DIRECT_MESSAGES_CLOSED)
              .setAllowedMentions(List.of())
              .mentionRepliedUser(false)
              .complete();
        }
        return;
      }
      message
          .replyEmbeds(messages.get(0))
          .setComponents(messages.size() == 1 ? buttons : List.of())
          .setAllowedMentions(List.of())
          .mentionRepliedUser(false)
          .complete();
      for (int i = 1; i < messages.size(); i++) {
        message
            .getChannel()
            .sendMessageEmbeds(messages.get(i))
            .setComponents(i == messages.size() - 1 ? buttons : List.of())
            .setAllowedMentions(List.of())
            .complete();
      }
    } catch (RuntimeException failure) {
      log.warn("a reply to a message could not be sent: {}", failure.toString());
    }
  }

  /** The text after the bot's mention: {@code <@id> who said …} → {@code who said …}. */
  static String withoutMention(String content, String selfId) {
    return content.replace("<@" + selfId + ">", " ").replace("<@!" + selfId + ">", " ").strip();
  }
}
