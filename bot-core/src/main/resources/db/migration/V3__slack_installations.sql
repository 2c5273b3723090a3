-- Slack workspaces that installed Briefbot through its OAuth flow (several workspaces from one
-- process), and the OAuth states of installs under way. A single-token setup uses neither.
-- Portable SQL: runs on H2 2.x and PostgreSQL 12+.

-- One bot a workspace ('' for a workspace outside Enterprise Grid, or for an org-wide install's team).
-- The bot token is a secret: the database holds it as Bolt's own stores do; uninstalling deletes the row.
CREATE TABLE slack_installations (
  enterprise_id          VARCHAR(50) DEFAULT '' NOT NULL,
  team_id                VARCHAR(50) DEFAULT '' NOT NULL,
  team_name              VARCHAR(300),
  app_id                 VARCHAR(50),
  bot_id                 VARCHAR(50),
  bot_user_id            VARCHAR(50),
  bot_token              VARCHAR(500) NOT NULL,
  bot_scope              VARCHAR(2000),
  installer_user_id      VARCHAR(50),
  is_enterprise_install  BOOLEAN DEFAULT FALSE NOT NULL,
  installed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id)
);

-- A state is issued when someone opens /slack/install and consumed by the redirect back.
CREATE TABLE slack_oauth_states (
  state       VARCHAR(100) PRIMARY KEY,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slack_oauth_states_expiry ON slack_oauth_states (expires_at);
