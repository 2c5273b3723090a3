package org.briefbot.core.command;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, asked only when a command needs it: on Slack knowing that someone is an
 * admin takes a call to the platform, which most commands never need.
 */
@FunctionalInterface
public interface Permissions {

  boolean grants(Permission permission);

  /** Exactly these permissions, known up front (Discord sends them with every interaction). */
  static Permissions of(Set<Permission> granted) {
    Set<Permission> copy = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
    return copy::contains;
  }

  static Permissions none() {
    return permission -> false;
  }

  static Permissions all() {
    return permission -> true;
  }
}
