-- 0001_core: articles, the reports coded from them, and the merged events.
--
-- Dates are TEXT "YYYY-MM-DD" and times TEXT RFC 3339 UTC, so that they sort
-- as strings and read the same in PostgreSQL. Events are read in (date, id)
-- order; every index that can drive a query ends in (date, id) so that a page
-- is an index range scan, not a sort.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    url         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    -- SimHash of the text for near-duplicate detection; NULL until computed.
    fingerprint INTEGER,
    ingested_at TEXT NOT NULL
);

CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_date ON articles (date);

-- One row per merged event. Its fields are those of the first report; mentions
-- counts the reports merged into it and sources the distinct outlets.
CREATE TABLE events (
    -- seq is SQLite's rowid and the full-text index's: the event's day in
    -- the high 32 bits, a counter within the day in the low ones, so that
    -- rowid order is date order and full-text matches stream by date.
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    date           TEXT NOT NULL,
    source         TEXT NOT NULL,
    target         TEXT NOT NULL,
    -- First three letters of source and target, '' when the actor is unknown.
    source_country TEXT NOT NULL,
    target_country TEXT NOT NULL,
    -- The two countries sorted and joined, "KGZ-TJK"; '' unless both are known.
    pair           TEXT NOT NULL,
    code           TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT NOT NULL,
    -- The place part of the merge key: GeoNames id, else name, else ''.
    place          TEXT NOT NULL,
    doc            TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    -- Evidence spans as JSON, {"source":[s,e],...}.
    evidence       TEXT NOT NULL,
    located        INTEGER NOT NULL,
    loc_name       TEXT NOT NULL,
    loc_country    TEXT NOT NULL,
    loc_admin1     TEXT NOT NULL,
    loc_lat        REAL NOT NULL,
    loc_lon        REAL NOT NULL,
    loc_geonameid  INTEGER NOT NULL,
    loc_precision  TEXT NOT NULL,
    loc_fips       TEXT NOT NULL,
    loc_feature    TEXT NOT NULL,
    source_name    TEXT NOT NULL,
    target_name    TEXT NOT NULL,
    verb           TEXT NOT NULL,
    attribution    TEXT NOT NULL,
    modality       TEXT NOT NULL,
    url            TEXT NOT NULL,
    title          TEXT NOT NULL,
    outlet         TEXT NOT NULL,
    mentions       INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL
);

CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_pair ON events (pair, date, id);
CREATE INDEX events_root ON events (root, date, id);
CREATE INDEX events_quad ON events (quad, date, id);
CREATE INDEX events_code ON events (code, date, id);

-- One row per country an event involves (its source and target countries),
-- so that "events of KGZ, either side" is one ordered index range.
CREATE TABLE event_countries (
    country  TEXT NOT NULL,
    date     TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id),
    root     TEXT NOT NULL,
    quad     INTEGER NOT NULL,
    code     TEXT NOT NULL,
    PRIMARY KEY (country, date, event_id)
) WITHOUT ROWID;

CREATE INDEX event_countries_root ON event_countries (country, root, date, event_id);
CREATE INDEX event_countries_quad ON event_countries (country, quad, date, event_id);
-- A code finer than a root ranges here and sorts its few events.
CREATE INDEX event_countries_code ON event_countries (country, code, date, event_id);

-- The distinct outlets that reported each event; events.sources counts them.
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events (id),
    outlet   TEXT NOT NULL,
    PRIMARY KEY (event_id, outlet)
) WITHOUT ROWID;

-- One row per coded report: one event from one sentence of one article.
CREATE TABLE reports (
    id            TEXT PRIMARY KEY,
    event_id      TEXT NOT NULL REFERENCES events (id),
    article_id    TEXT NOT NULL REFERENCES articles (id),
    doc           TEXT NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT NOT NULL,
    source        TEXT NOT NULL,
    target        TEXT NOT NULL,
    code          TEXT NOT NULL,
    root          TEXT NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     REAL NOT NULL,
    plover        TEXT NOT NULL,
    text          TEXT NOT NULL,
    evidence      TEXT NOT NULL,
    located       INTEGER NOT NULL,
    loc_name      TEXT NOT NULL,
    loc_country   TEXT NOT NULL,
    loc_admin1    TEXT NOT NULL,
    loc_lat       REAL NOT NULL,
    loc_lon       REAL NOT NULL,
    loc_geonameid INTEGER NOT NULL,
    loc_precision TEXT NOT NULL,
    loc_fips      TEXT NOT NULL,
    loc_feature   TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    target_name   TEXT NOT NULL,
    verb          TEXT NOT NULL,
    attribution   TEXT NOT NULL,
    modality      TEXT NOT NULL,
    url           TEXT NOT NULL,
    title         TEXT NOT NULL,
    outlet        TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);

CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_article ON reports (article_id);

-- Full-text index over event sentences (SQLite FTS5; PostgreSQL uses a
-- tsvector index instead). External content: the text lives in events.
CREATE VIRTUAL TABLE events_fts USING fts5 (
    text,
    content = 'events',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The store indexes new sentences itself, all of a transaction's at once
-- before it commits: a trigger would index them one statement at a time, and
-- FTS5 writes its buffered terms out at every statement sub-transaction.
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
