-- 0003_agreements: what the agreement extractor found in each article, as in
-- the embedded store's 0003_agreements: the articles it has read (and with
-- which version), and one row per agreement mention, as JSON
-- (agreement.Mention).
CREATE TABLE agreement_scans (
    article_id TEXT COLLATE "C" PRIMARY KEY,
    version    INTEGER NOT NULL,
    scanned_at TEXT NOT NULL
);

CREATE TABLE agreement_mentions (
    article_id TEXT COLLATE "C" NOT NULL,
    sentence   INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    date       TEXT COLLATE "C" NOT NULL,
    name       TEXT NOT NULL,
    mention    TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence, seq)
);

CREATE INDEX agreement_mentions_date ON agreement_mentions (date);
