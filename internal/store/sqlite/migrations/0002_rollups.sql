-- 0002_rollups: daily rollups of the merged events per country and per pair
-- of countries, the news volume per country and day that normalises them,
-- and governance ratings (Freedom House, EIU …) kept beside them.
--
-- A subject is a country ("KGZ", the first three letters of an actor code)
-- or a pair of two different countries, sorted and joined ("KGZ-TJK"). An
-- event counts once for its source country, once for its target country
-- when that differs, and once for its pair. The store keeps these tables up
-- to date in the transaction that saves the events (rollups.go); the
-- statements at the end fill them from events already stored.

CREATE TABLE rollups_daily (
    date      TEXT NOT NULL,
    subject   TEXT NOT NULL,
    -- Merged events of the day, and the reports merged into them.
    events    INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    -- Events by QuadClass: verbal and material cooperation, verbal and
    -- material conflict.
    q1        INTEGER NOT NULL,
    q2        INTEGER NOT NULL,
    q3        INTEGER NOT NULL,
    q4        INTEGER NOT NULL,
    -- Sum of the events' Goldstein weights.
    goldstein REAL NOT NULL,
    PRIMARY KEY (date, subject)
) WITHOUT ROWID;

CREATE INDEX rollups_daily_subject ON rollups_daily (subject, date);

-- Events per CAMEO root, for the indicator series.
CREATE TABLE rollups_roots (
    subject   TEXT NOT NULL,
    date      TEXT NOT NULL,
    root      TEXT NOT NULL,
    events    INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (subject, date, root)
) WITHOUT ROWID;

-- The countries each article has an event about (as source, target or
-- place), so that an article counts once towards news_daily.
CREATE TABLE article_countries (
    article_id TEXT NOT NULL,
    country    TEXT NOT NULL,
    PRIMARY KEY (article_id, country)
) WITHOUT ROWID;

-- How many articles had an event about a country on a day: the news volume
-- that alerts divide by, so that more coverage alone raises no alarm.
CREATE TABLE news_daily (
    date     TEXT NOT NULL,
    country  TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (date, country)
) WITHOUT ROWID;

-- Syndicated copies: each article's text fingerprint (article.Fingerprint,
-- a SimHash), and per merged event how many of its reports came from an
-- article that is a near-copy of another article already reporting it (a
-- wire story carried by several outlets). Filled from this step on.
CREATE TABLE article_fingerprints (
    article_id  TEXT PRIMARY KEY,
    fingerprint INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE event_copies (
    event_id TEXT PRIMARY KEY,
    copies   INTEGER NOT NULL
) WITHOUT ROWID;

-- Governance ratings: one value (or category) per country, year, source
-- and indicator, as imported by 'accord indicators import'.
CREATE TABLE ratings (
    country   TEXT NOT NULL,
    year      INTEGER NOT NULL,
    source    TEXT NOT NULL,
    indicator TEXT NOT NULL,
    -- NULL when the rating is only a category.
    value     REAL,
    category  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (country, year, source, indicator)
) WITHOUT ROWID;

-- Fill the rollups from the events stored before this step.
INSERT INTO rollups_daily (date, subject, events, mentions, q1, q2, q3, q4, goldstein)
SELECT date, subject, count(*), sum(mentions), sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4), sum(goldstein)
FROM (
    SELECT date, source_country AS subject, mentions, quad, goldstein FROM events
        WHERE source_country <> ''
    UNION ALL
    SELECT date, target_country, mentions, quad, goldstein FROM events
        WHERE target_country <> '' AND target_country <> source_country
    UNION ALL
    SELECT date, pair, mentions, quad, goldstein FROM events
        WHERE source_country <> '' AND target_country <> '' AND target_country <> source_country
)
GROUP BY date, subject;

INSERT INTO rollups_roots (subject, date, root, events, goldstein)
SELECT subject, date, root, count(*), sum(goldstein)
FROM (
    SELECT date, source_country AS subject, root, goldstein FROM events
        WHERE source_country <> ''
    UNION ALL
    SELECT date, target_country, root, goldstein FROM events
        WHERE target_country <> '' AND target_country <> source_country
    UNION ALL
    SELECT date, pair, root, goldstein FROM events
        WHERE source_country <> '' AND target_country <> '' AND target_country <> source_country
)
GROUP BY subject, date, root;

INSERT INTO article_countries (article_id, country)
SELECT DISTINCT article_id, country FROM (
    SELECT article_id, substr(source, 1, 3) AS country FROM reports WHERE length(source) >= 3
    UNION ALL
    SELECT article_id, substr(target, 1, 3) FROM reports WHERE length(target) >= 3
    UNION ALL
    SELECT article_id, loc_country FROM reports WHERE loc_country <> ''
);

INSERT INTO news_daily (date, country, articles)
SELECT day, country, count(*) FROM (
    SELECT CASE WHEN a.date <> '' THEN a.date
                ELSE (SELECT min(r.date) FROM reports r WHERE r.article_id = a.id) END AS day,
           ac.country AS country
    FROM article_countries ac JOIN articles a ON a.id = ac.article_id
)
WHERE day IS NOT NULL AND day <> ''
GROUP BY day, country;
