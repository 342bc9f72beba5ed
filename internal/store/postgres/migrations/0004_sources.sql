-- 0004_sources (as the embedded store's): the registry of feeds and pages that the watcher polls, and
-- the items it has ingested from each, so that a restart never ingests an
-- item twice.
--
-- Times are TEXT "YYYY-MM-DDTHH:MM:SS.sssZ" (UTC, fixed width, so they
-- compare as strings), '' when not set; next_due '' means due now.

CREATE TABLE sources (
    url           TEXT COLLATE "C" PRIMARY KEY,
    name          TEXT NOT NULL DEFAULT '',
    every_seconds INTEGER NOT NULL,
    outlet        TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    -- 1 state-owned, 0 not, NULL unknown.
    state_owned   INTEGER,
    added_at      TEXT NOT NULL,
    -- 'feed' or 'page' as last fetched.
    kind          TEXT NOT NULL DEFAULT '',
    -- '' never fetched, 'ok', 'unchanged', 'failed'.
    status        TEXT NOT NULL DEFAULT '',
    http_status   INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    last_fetch    TEXT NOT NULL DEFAULT '',
    last_success  TEXT NOT NULL DEFAULT '',
    failures      INTEGER NOT NULL DEFAULT 0,
    next_due      TEXT COLLATE "C" NOT NULL DEFAULT '',
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    content_hash  TEXT NOT NULL DEFAULT '',
    fetches       INTEGER NOT NULL DEFAULT 0,
    articles      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX sources_next_due ON sources (next_due);

-- One row per item ingested from a source: a feed item's canonical link
-- (or article id), or a page's text hash.
CREATE TABLE source_items (
    source_url TEXT COLLATE "C" NOT NULL REFERENCES sources (url) ON DELETE CASCADE,
    item_key   TEXT COLLATE "C" NOT NULL,
    article_id TEXT NOT NULL DEFAULT '',
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source_url, item_key)
);
