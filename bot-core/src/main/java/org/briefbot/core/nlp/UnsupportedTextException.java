package org.briefbot.core.nlp;

/**
 * The text cannot be analysed, for a reason the person who sent it can act on. The message is one
 * plain sentence meant for that person (it never carries a stack trace or internals).
 */
public class UnsupportedTextException extends RuntimeException {
  public UnsupportedTextException(String userMessage) {
    super(userMessage, null, false, false);
  }
}
