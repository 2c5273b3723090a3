-- Slack requests already taken (by signature, event id or trigger id), so that a replayed or
-- retried request never runs twice, whichever instance on this database receives it. Rows older
-- than Slack's five-minute signature window (with a margin) are deleted as new ones arrive.
-- Portable SQL: runs on H2 2.x and PostgreSQL 12+.
CREATE TABLE slack_seen_requests (
  request_key  VARCHAR(200) PRIMARY KEY,
  seen_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slack_seen_requests_age ON slack_seen_requests (seen_at);
