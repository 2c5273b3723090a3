package org.briefbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.briefbot.core.command.Permissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may manage a workspace's feeds and digests: its admins and owners ({@code users.info}, asked
 * only when a command needs it and remembered for a while) and the people the settings list. Slack
 * has no per-command roles, so this is the whole check.
 */
final class WorkspaceAdmins {
  private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);

  private final Slack slack;
  private final Set<String> listedManagers;
  private final Cache<String, Boolean> admins;

  WorkspaceAdmins(Slack slack, Set<String> listedManagers, Duration remembered) {
    this.slack = slack;
    this.listedManagers = Set.copyOf(listedManagers);
    this.admins = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(50_000).build();
  }

  /** The person's permissions, looked up lazily with the workspace's bot token. */
  Permissions of(String botToken, String teamId, String userId) {
    return permission -> listedManagers.contains(userId) || isAdmin(botToken, teamId, userId);
  }

  private boolean isAdmin(String botToken, String teamId, String userId) {
    String key = teamId + "/" + userId;
    Boolean known = admins.getIfPresent(key);
    if (known != null) {
      return known;
    }
    try {
      UsersInfoResponse info = slack.methods(botToken).usersInfo(request -> request.user(userId));
      if (!info.isOk() || info.getUser() == null) {
        // Not remembered: the next command asks again, once Slack answers.
        log.warn(
            "users.info failed for a permission check ({}); treating the person as no admin",
            info.getError());
        return false;
      }
      User user = info.getUser();
      boolean admin = user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
      admins.put(key, admin);
      return admin;
    } catch (IOException | SlackApiException failure) {
      log.warn(
          "users.info could not be reached for a permission check ({})",
          failure.getClass().getSimpleName());
      return false;
    }
  }
}
