package org.briefbot.core.quotes;

/**
 * One rule that may decide a statement's speaker. Sieves run in the order {@link SieveOrder} lists
 * them; the first that finds a speaker decides, and the statement records its {@link #name()}.
 *
 * @param <C> what the rule reads: a quote with its tag windows, or a statement and its neighbours
 */
interface AttributionSieve<C> {
  /** The name {@code quotes --explain} prints for what this sieve decides. */
  Sieve name();

  /** The speaker this rule finds, or null to leave the statement to the next sieve. */
  Speaker decide(C candidate);

  /** The first speaker the sieves find, in their order, with the sieve that found it. */
  static <C> Decision decide(java.util.List<? extends AttributionSieve<C>> sieves, C candidate) {
    for (AttributionSieve<C> sieve : sieves) {
      Speaker speaker = sieve.decide(candidate);
      if (speaker != null) {
        return new Decision(speaker, sieve.name());
      }
    }
    return null;
  }

  /** A speaker and the sieve that decided it. */
  record Decision(Speaker speaker, Sieve sieve) {}
}
