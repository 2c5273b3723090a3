-- Feeds: what a server or workspace keeps of each of its feeds (/feeds filter): the words or
-- phrases a story must mention, and those it must not, as typed. Portable SQL: runs on H2 2.x and
-- PostgreSQL 12+.
ALTER TABLE feed_owners ADD COLUMN include_topics VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE feed_owners ADD COLUMN exclude_topics VARCHAR(1000) DEFAULT '' NOT NULL;
