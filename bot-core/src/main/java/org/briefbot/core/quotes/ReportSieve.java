package org.briefbot.core.quotes;

/**
 * One rule of reported speech: at a cue (a verb of saying, "according to", a claim noun) it finds
 * the reported words and who said them. Sieves try each cue in the order {@link SieveOrder} lists
 * them; the first that takes the cue ends its reading, whether or not it found a statement there.
 */
interface ReportSieve {
  /** The name {@code quotes --explain} prints for the statements this rule finds. */
  Sieve name();

  /**
   * Reads the cue, putting what it finds into {@code reports}; whether it took the cue (false
   * leaves it to the next sieve).
   */
  boolean read(ReportCue cue, Reports reports);
}
