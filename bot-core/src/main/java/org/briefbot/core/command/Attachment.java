package org.briefbot.core.command;

import java.util.Objects;

/**
 * A file a person attached to a command where the platform takes files (Discord's attachment
 * options): what the platform says of it. The adapter hands it over as it came; the command that
 * wants its bytes fetches them through the guarded fetcher, with its limits on addresses, size and
 * time, and refuses a file declared larger than it reads before fetching anything.
 *
 * @param fileName the file's name as the person's device named it
 * @param size the size the platform declares, in bytes
 * @param url where the platform serves the file
 */
public record Attachment(String fileName, long size, String url) {
  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(url, "url");
  }
}
