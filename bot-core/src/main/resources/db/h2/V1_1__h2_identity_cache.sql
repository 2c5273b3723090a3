-- H2 only (Database adds db/h2 to Flyway's locations for jdbc:h2: URLs). H2 writes an identity
-- column's sequence to its metadata, and commits that to disk, each time the values it keeps in
-- hand run out: 32 by default, so with several quotes a story every few stories paid an extra
-- disk commit. 1000 in hand makes that rare; ids still only grow, and a crash skips at most the
-- values in hand (nothing counts on ids being dense).
-- Versions: this file takes 1.1, so shared migrations in db/migration go on at V2.
ALTER TABLE stories ALTER COLUMN id SET CACHE 1000;
ALTER TABLE story_sources ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quotes ALTER COLUMN id SET CACHE 1000;
ALTER TABLE people ALTER COLUMN id SET CACHE 1000;
ALTER TABLE feed_items ALTER COLUMN id SET CACHE 1000;
