-- 0001_core: articles, the reports coded from them, and the merged events.
--
-- The same tables as the embedded store's 0001_core, in PostgreSQL's terms.
-- Dates are TEXT "YYYY-MM-DD" and times TEXT RFC 3339 UTC, as there. Keys
-- and dates use the "C" collation so that they sort byte by byte, as SQLite
-- and Go sort them: cursors and the order of pages agree between stores.

CREATE TABLE articles (
    id          TEXT COLLATE "C" PRIMARY KEY,
    url         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '',
    date        TEXT COLLATE "C" NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    fingerprint BIGINT,
    ingested_at TEXT NOT NULL
);

CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_date ON articles (date);

-- One row per merged event, partitioned by month of the date: the store
-- creates a month's partition (range 'YYYY-MM' to the next month) before
-- the first event of that month is saved, and one for undated events. The
-- merged id hashes the date, so an id always lies in one partition. Range
-- partitions in date order let PostgreSQL read a page from the first
-- partitions only.
CREATE TABLE events (
    id             TEXT COLLATE "C" NOT NULL,
    date           TEXT COLLATE "C" NOT NULL,
    source         TEXT NOT NULL,
    target         TEXT NOT NULL,
    source_country TEXT NOT NULL,
    target_country TEXT NOT NULL,
    pair           TEXT NOT NULL,
    code           TEXT COLLATE "C" NOT NULL,
    root           TEXT NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      DOUBLE PRECISION NOT NULL,
    plover         TEXT NOT NULL,
    place          TEXT NOT NULL,
    doc            TEXT COLLATE "C" NOT NULL,
    sentence       INTEGER NOT NULL,
    text           TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    located        INTEGER NOT NULL,
    loc_name       TEXT NOT NULL,
    loc_country    TEXT NOT NULL,
    loc_admin1     TEXT NOT NULL,
    loc_lat        DOUBLE PRECISION NOT NULL,
    loc_lon        DOUBLE PRECISION NOT NULL,
    loc_geonameid  BIGINT NOT NULL,
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
    -- The sentence's words, lower case without accents, for full-text
    -- search; the store tokenizes in Go so that both stores split words
    -- alike.
    search         TSVECTOR NOT NULL,
    mentions       INTEGER NOT NULL,
    sources        INTEGER NOT NULL,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    PRIMARY KEY (id, date)
) PARTITION BY RANGE (date);

-- Every index that can drive a query ends in (date, id) so that a page is
-- an ordered index range scan over the partitions, not a sort.
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_pair ON events (pair, date, id);
CREATE INDEX events_root ON events (root, date, id);
CREATE INDEX events_quad ON events (quad, date, id);
CREATE INDEX events_source_country ON events (source_country, date, id);
CREATE INDEX events_target_country ON events (target_country, date, id);
CREATE INDEX events_search ON events USING gin (search);

-- The distinct outlets that reported each event; events.sources counts them.
CREATE TABLE event_sources (
    event_id TEXT COLLATE "C" NOT NULL,
    outlet   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, outlet)
);

-- One row per coded report: one event from one sentence of one article.
CREATE TABLE reports (
    id            TEXT COLLATE "C" PRIMARY KEY,
    event_id      TEXT COLLATE "C" NOT NULL,
    article_id    TEXT COLLATE "C" NOT NULL REFERENCES articles (id),
    doc           TEXT COLLATE "C" NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT COLLATE "C" NOT NULL,
    source        TEXT NOT NULL,
    target        TEXT NOT NULL,
    code          TEXT NOT NULL,
    root          TEXT NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    plover        TEXT NOT NULL,
    text          TEXT NOT NULL,
    evidence      TEXT NOT NULL,
    located       INTEGER NOT NULL,
    loc_name      TEXT NOT NULL,
    loc_country   TEXT NOT NULL,
    loc_admin1    TEXT NOT NULL,
    loc_lat       DOUBLE PRECISION NOT NULL,
    loc_lon       DOUBLE PRECISION NOT NULL,
    loc_geonameid BIGINT NOT NULL,
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
