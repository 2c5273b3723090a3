package org.briefbot.core.chat;

/**
 * Where a request came from; adapters name themselves, the core never depends on them. What the
 * core says of a platform's places and roles is decided here, once, so every answer names them the
 * way that platform's people do.
 */
public enum Platform {
  // The most text of one answer, the same everywhere: twice the 6,000 characters of embeds one
  // Discord message holds (its renderer sends a second), four of Slack's 3,000-character sections.
  CONSOLE("Console", "console", 12_000),
  DISCORD("Discord", "server", 12_000),
  SLACK("Slack", "workspace", 12_000);

  private final String displayName;
  private final String placeWord;
  private final int answerCharacters;

  Platform(String displayName, String placeWord, int answerCharacters) {
    this.displayName = displayName;
    this.placeWord = placeWord;
    this.answerCharacters = answerCharacters;
  }

  /** The platform's name as people write it: "Discord", "Slack". */
  public String displayName() {
    return displayName;
  }

  /**
   * The most characters of text one answer holds here ({@link ReplyFit}): a longer answer — a
   * pasted book briefed — is cut in the core, the same way for every platform.
   */
  public int answerCharacters() {
    return answerCharacters;
  }

  /** What the platform calls the place that owns feeds and digests: "server", "workspace". */
  public String placeWord() {
    return placeWord;
  }
}
