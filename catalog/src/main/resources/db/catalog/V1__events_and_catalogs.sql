-- Times: start and stop in TT2000 nanoseconds; created, modified in Unix milliseconds.
-- Lists (tags, products) and custom attributes as JSON (see StoredJson).
-- removed: 1 for a soft-deleted row, which a restore brings back with its memberships.
CREATE TABLE events (
  uuid TEXT NOT NULL PRIMARY KEY,
  start INTEGER NOT NULL,
  stop INTEGER NOT NULL,
  author TEXT NOT NULL,
  tags TEXT NOT NULL,
  products TEXT NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 10),
  attributes TEXT NOT NULL,
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  CHECK (start <= stop)
);
CREATE INDEX events_by_start ON events (start);
-- The longest event bounds how far before a range an overlapping event can start.
CREATE INDEX events_by_duration ON events (stop - start);

CREATE TABLE catalogs (
  uuid TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  author TEXT NOT NULL,
  tags TEXT NOT NULL,
  description TEXT NOT NULL,
  attributes TEXT NOT NULL,
  predicate TEXT,
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX catalogs_by_name ON catalogs (name) WHERE removed = 0;

CREATE TABLE memberships (
  catalog TEXT NOT NULL REFERENCES catalogs (uuid) ON DELETE CASCADE,
  event TEXT NOT NULL REFERENCES events (uuid) ON DELETE CASCADE,
  PRIMARY KEY (catalog, event)
) WITHOUT ROWID;
CREATE INDEX memberships_by_event ON memberships (event);
