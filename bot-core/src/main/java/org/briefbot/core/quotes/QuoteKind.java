package org.briefbot.core.quotes;

import java.util.Locale;

/** How a statement is reported. */
public enum QuoteKind {
  /** A whole statement in quote marks: {@code "We will win," she said.} */
  DIRECT,
  /** Quoted words inside the writer's own sentence: {@code aimed at finding "a different way"}. */
  PARTIAL,
  /** Reported speech without quote marks: {@code She said the talks had failed.} */
  INDIRECT;

  /** The lower-case name used in JSON output ("direct", "partial", "indirect"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuoteKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
