package org.briefbot.core.chat;

/**
 * A request that cannot be answered for a reason the person can act on ("no story at that address",
 * "add a feed first"). Its message is shown to them as is.
 */
public class UserFacingException extends RuntimeException {
  public UserFacingException(String userMessage) {
    super(userMessage, null, false, false);
  }
}
