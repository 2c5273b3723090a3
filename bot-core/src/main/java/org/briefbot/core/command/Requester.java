package org.briefbot.core.command;

import java.util.Objects;
import java.util.Set;

/**
 * Who asked.
 *
 * @param userId the platform's id of the person
 * @param displayName how to address them
 * @param permissions what they may do, as their platform's roles grant it (asked lazily)
 */
public record Requester(String userId, String displayName, Permissions permissions) {
  public Requester {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(permissions, "permissions");
  }

  /** A person whose permissions are known up front. */
  public Requester(String userId, String displayName, Set<Permission> permissions) {
    this(userId, displayName, Permissions.of(permissions));
  }

  public boolean may(Permission permission) {
    return permissions.grants(permission);
  }

  /** The person at the terminal: they own the machine, so they may do everything. */
  public static Requester consoleUser() {
    String name = System.getProperty("user.name", "you");
    return new Requester(name, name, Permissions.all());
  }
}
