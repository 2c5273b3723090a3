-- Digests: topics a subscription leaves out (/digest subscribe … exclude:), one a line as topics
-- are. Portable SQL: runs on H2 2.x and PostgreSQL 12+.
ALTER TABLE digest_subscriptions ADD COLUMN excluded_topics VARCHAR(1000) DEFAULT '' NOT NULL;
