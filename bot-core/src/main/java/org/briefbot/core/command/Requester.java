package org.briefbot.core.command;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who asked.
 *
 * @param userId the platform's id of the person
 * @param displayName how to address them
 * @param permissions what they may do, as their platform's roles grant it
 */
public record Requester(String userId, String displayName, Set<Permission> permissions) {
  public Requester {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(displayName, "displayName");
    permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  /** The person at the terminal: they own the machine, so they may do everything. */
  public static Requester consoleUser() {
    return new Requester(System.getProperty("user.name", "you"), System.getProperty("user.name", "you"),
        EnumSet.allOf(Permission.class));
  }
}
