package org.briefbot.core.chat;

/**
 * The short lines an adapter shows about delivery rather than about the question — while it stops,
 * when it is swamped, where a private answer went — worded once here, so every platform says the
 * same.
 */
public final class Notices {
  private Notices() {}

  /** A request that arrives while the bot stops. */
  public static final String RESTARTING = "Briefbot is restarting; ask again in a minute.";

  /** A request turned away because the answers are too far behind. */
  public static final String BUSY =
      "Briefbot is very busy right now; please try again in a minute.";

  /** An answer that failed for a reason of the bot's own. */
  public static final String FAILED =
      "Sorry, something went wrong while answering. It has been logged.";

  /**
   * The public line that stands, for a moment, where an answer for the asker alone went privately
   * (a platform that cannot turn a public acknowledgement private).
   */
  public static final String ANSWERED_PRIVATELY = "Briefbot answered you privately.";

  /** The note in a channel when a private answer to a mention went by direct message. */
  public static final String SENT_BY_DIRECT_MESSAGE = "I sent you the answer in a direct message.";

  /** The note in a channel when a private answer cannot go by direct message. */
  public static final String DIRECT_MESSAGES_CLOSED =
      "This answer is for you alone and I cannot send you direct messages: "
          + "use the slash command instead, which answers you privately.";

  /** The name of the thread under a digest post where its stories' briefs go. */
  public static final String THREAD_NAME = "Briefs of this digest";

  /** A thread answer where no thread can be started (no permission, a channel without threads). */
  public static final String NO_THREAD =
      "Briefbot cannot start a thread here; ask it with /brief, which answers you privately.";
}
