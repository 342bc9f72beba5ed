-- 0002_rollups: daily rollups of the merged events per country and per pair
-- of countries, the news volume per country and day that normalises them,
-- and governance ratings, as in the embedded store's 0002_rollups.
--
-- A subject is a country ("KGZ") or a pair of two different countries,
-- sorted and joined ("KGZ-TJK"). An event counts once for its source
-- country, once for its target country when that differs, and once for its
-- pair. Save keeps these tables up to date in its transaction (rollups.go);
-- the statements at the end fill them from events already stored.

CREATE TABLE rollups_daily (
    date      TEXT COLLATE "C" NOT NULL,
    subject   TEXT COLLATE "C" NOT NULL,
    events    INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    q1        INTEGER NOT NULL,
    q2        INTEGER NOT NULL,
    q3        INTEGER NOT NULL,
    q4        INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (date, subject)
);

CREATE INDEX rollups_daily_subject ON rollups_daily (subject, date);

CREATE TABLE rollups_roots (
    subject   TEXT COLLATE "C" NOT NULL,
    date      TEXT COLLATE "C" NOT NULL,
    root      TEXT COLLATE "C" NOT NULL,
    events    INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (subject, date, root)
);

CREATE TABLE article_countries (
    article_id TEXT COLLATE "C" NOT NULL,
    country    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, country)
);

CREATE TABLE news_daily (
    date     TEXT COLLATE "C" NOT NULL,
    country  TEXT COLLATE "C" NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (date, country)
);

CREATE TABLE ratings (
    country   TEXT COLLATE "C" NOT NULL,
    year      INTEGER NOT NULL,
    source    TEXT COLLATE "C" NOT NULL,
    indicator TEXT COLLATE "C" NOT NULL,
    value     DOUBLE PRECISION,
    category  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (country, year, source, indicator)
);

INSERT INTO rollups_daily (date, subject, events, mentions, q1, q2, q3, q4, goldstein)
SELECT date, subject, count(*), sum(mentions), count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),
       count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4), sum(goldstein)
FROM (
    SELECT date, source_country AS subject, mentions, quad, goldstein FROM events
        WHERE source_country <> ''
    UNION ALL
    SELECT date, target_country, mentions, quad, goldstein FROM events
        WHERE target_country <> '' AND target_country <> source_country
    UNION ALL
    SELECT date, pair, mentions, quad, goldstein FROM events
        WHERE source_country <> '' AND target_country <> '' AND target_country <> source_country
) s
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
) s
GROUP BY subject, date, root;

INSERT INTO article_countries (article_id, country)
SELECT DISTINCT article_id, country FROM (
    SELECT article_id, substr(source, 1, 3) AS country FROM reports WHERE length(source) >= 3
    UNION ALL
    SELECT article_id, substr(target, 1, 3) FROM reports WHERE length(target) >= 3
    UNION ALL
    SELECT article_id, loc_country FROM reports WHERE loc_country <> ''
) s;

INSERT INTO news_daily (date, country, articles)
SELECT day, country, count(*) FROM (
    SELECT CASE WHEN a.date <> '' THEN a.date
                ELSE (SELECT min(r.date) FROM reports r WHERE r.article_id = a.id) END AS day,
           ac.country AS country
    FROM article_countries ac JOIN articles a ON a.id = ac.article_id
) s
WHERE day IS NOT NULL AND day <> ''
GROUP BY day, country;
