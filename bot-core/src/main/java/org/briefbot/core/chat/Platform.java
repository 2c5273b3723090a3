package org.briefbot.core.chat;

/**
 * Where a request came from; adapters name themselves, the core never depends on them. What the
 * core says of a platform's places and roles is decided here, once, so every answer names them the
 * way that platform's people do.
 */
public enum Platform {
  CONSOLE("console"),
  DISCORD("server"),
  SLACK("workspace");

  private final String placeWord;

  Platform(String placeWord) {
    this.placeWord = placeWord;
  }

  /** What the platform calls the place that owns feeds and digests: "server", "workspace". */
  public String placeWord() {
    return placeWord;
  }
}
