package org.briefbot.core.command;

import java.util.Objects;

/**
 * One request to the bot, as every adapter hands it over.
 *
 * @param command the command's name without its slash ("brief", "whosaid")
 * @param arguments the rest of what the person typed, trimmed ("" when nothing)
 * @param requester who asked
 * @param place where they asked
 */
public record CommandRequest(String command, String arguments, Requester requester, Place place) {
  public CommandRequest {
    Objects.requireNonNull(command, "command");
    arguments = arguments == null ? "" : arguments.strip();
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(place, "place");
  }

  public boolean hasArguments() {
    return !arguments.isEmpty();
  }
}
