package org.briefbot.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Bolt's installation store in the project's database ({@code slack_installations}): one bot token
 * a workspace, written by the OAuth redirect and deleted when the app is uninstalled or its tokens
 * revoked. Briefbot asks for no user tokens, so an installer is its workspace's bot.
 */
public final class DatabaseInstallationService implements InstallationService {
  private final Jdbi jdbi;

  public DatabaseInstallationService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
    if (isHistoricalDataEnabled) {
      throw new UnsupportedOperationException(
          "Briefbot keeps only the current installation of a workspace");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    boolean orgWide = Boolean.TRUE.equals(installer.getIsEnterpriseInstall());
    String enterprise = key(installer.getEnterpriseId());
    String team = orgWide ? "" : key(installer.getTeamId());
    Instant installed =
        installer.getInstalledAt() == null
            ? Instant.now()
            : Instant.ofEpochMilli(installer.getInstalledAt());
    // Delete and insert in one transaction: portable across H2 and PostgreSQL, unlike MERGE/ON
    // CONFLICT.
    jdbi.useTransaction(
        handle -> {
          delete(handle, enterprise, team);
          handle
              .createUpdate(
                  """
          INSERT INTO slack_installations (enterprise_id, team_id, team_name, app_id, bot_id, bot_user_id, bot_token,
            bot_scope, installer_user_id, is_enterprise_install, installed_at)
          VALUES (:enterprise, :team, :teamName, :appId, :botId, :botUserId, :token, :scope, :installer, :orgWide, :installed)
          """)
              .bind("enterprise", enterprise)
              .bind("team", team)
              .bind(
                  "teamName",
                  installer instanceof DefaultInstaller known ? known.getTeamName() : null)
              .bind("appId", installer.getAppId())
              .bind("botId", installer.getBotId())
              .bind("botUserId", installer.getBotUserId())
              .bind("token", installer.getBotAccessToken())
              .bind("scope", installer.getBotScope())
              .bind("installer", installer.getInstallerUserId())
              .bind("orgWide", orgWide)
              .bind("installed", installed)
              .execute();
        });
  }

  @Override
  public void saveBot(Bot bot) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setEnterpriseId(bot.getEnterpriseId());
    installer.setTeamId(bot.getTeamId());
    installer.setTeamName(bot instanceof DefaultBot known ? known.getTeamName() : null);
    installer.setAppId(bot.getAppId());
    installer.setBotId(bot.getBotId());
    installer.setBotUserId(bot.getBotUserId());
    installer.setBotAccessToken(bot.getBotAccessToken());
    installer.setBotScope(bot.getBotScope());
    installer.setIsEnterpriseInstall(bot.getIsEnterpriseInstall());
    installer.setInstalledAt(bot.getInstalledAt());
    saveInstallerAndBot(installer);
  }

  @Override
  public void deleteBot(Bot bot) {
    deleteAll(
        bot.getEnterpriseId(),
        Boolean.TRUE.equals(bot.getIsEnterpriseInstall()) ? null : bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    deleteAll(
        installer.getEnterpriseId(),
        Boolean.TRUE.equals(installer.getIsEnterpriseInstall()) ? null : installer.getTeamId());
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    jdbi.useHandle(handle -> delete(handle, key(enterpriseId), key(teamId)));
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return find(enterpriseId, teamId).map(DatabaseInstallationService::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(enterpriseId, teamId).map(DatabaseInstallationService::installer).orElse(null);
  }

  /** The bot token of a workspace, for posts nobody asked for (digests, alerts). */
  public Optional<String> botToken(String teamId) {
    return find(null, teamId).map(row -> row.token);
  }

  /** The workspace's own row; in an Enterprise Grid org without one, the org-wide install. */
  private Optional<Row> find(String enterpriseId, String teamId) {
    return jdbi.withHandle(
        handle -> {
          Optional<Row> own =
              handle
                  .createQuery(
                      SELECT_ROW
                          + " WHERE team_id = :team AND (enterprise_id = :enterprise OR :enterprise = '')")
                  .bind("team", key(teamId))
                  .bind("enterprise", key(enterpriseId))
                  .map(DatabaseInstallationService::row)
                  .findFirst();
          if (own.isPresent() || key(enterpriseId).isEmpty() || key(teamId).isEmpty()) {
            return own;
          }
          return handle
              .createQuery(SELECT_ROW + " WHERE enterprise_id = :enterprise AND team_id = ''")
              .bind("enterprise", key(enterpriseId))
              .map(DatabaseInstallationService::row)
              .findFirst();
        });
  }

  private static final String SELECT_ROW =
      """
      SELECT enterprise_id, team_id, team_name, app_id, bot_id, bot_user_id, bot_token, bot_scope,
             installer_user_id, is_enterprise_install, installed_at
      FROM slack_installations""";

  private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getBoolean(10),
        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, 11, ctx));
  }

  private static void delete(Handle handle, String enterprise, String team) {
    handle
        .createUpdate(
            "DELETE FROM slack_installations WHERE enterprise_id = :enterprise AND team_id = :team")
        .bind("enterprise", enterprise)
        .bind("team", team)
        .execute();
  }

  private static String key(String id) {
    return id == null ? "" : id;
  }

  private static String orNull(String id) {
    return id == null || id.isEmpty() ? null : id;
  }

  private record Row(
      String enterprise,
      String team,
      String teamName,
      String appId,
      String botId,
      String botUserId,
      String token,
      String scope,
      String installer,
      boolean orgWide,
      Instant installedAt) {}

  private static Bot bot(Row row) {
    DefaultBot bot = new DefaultBot();
    bot.setEnterpriseId(orNull(row.enterprise));
    bot.setTeamId(orNull(row.team));
    bot.setTeamName(row.teamName);
    bot.setAppId(row.appId);
    bot.setBotId(row.botId);
    bot.setBotUserId(row.botUserId);
    bot.setBotAccessToken(row.token);
    bot.setBotScope(row.scope);
    bot.setIsEnterpriseInstall(row.orgWide);
    bot.setInstalledAt(row.installedAt.toEpochMilli());
    return bot;
  }

  private static Installer installer(Row row) {
    DefaultInstaller installer = new DefaultInstaller();
    installer.setEnterpriseId(orNull(row.enterprise));
    installer.setTeamId(orNull(row.team));
    installer.setTeamName(row.teamName);
    installer.setAppId(row.appId);
    installer.setBotId(row.botId);
    installer.setBotUserId(row.botUserId);
    installer.setBotAccessToken(row.token);
    installer.setBotScope(row.scope);
    installer.setInstallerUserId(row.installer);
    installer.setIsEnterpriseInstall(row.orgWide);
    installer.setInstalledAt(row.installedAt.toEpochMilli());
    return installer;
  }
}
