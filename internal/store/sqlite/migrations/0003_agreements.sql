-- 0003_agreements: what the agreement extractor found in each article, so
-- that `accord agreements` builds agreements without coding the news again.
--
-- agreement_scans records every article the extractor has read (with or
-- without mentions) and the extractor's version, so that a later run reads
-- only the new articles, or all of them again after the extractor changed.
CREATE TABLE agreement_scans (
    article_id TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    scanned_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per agreement mention: a sentence that names an agreement, with
-- the stance claims it makes, as JSON (agreement.Mention).
CREATE TABLE agreement_mentions (
    article_id TEXT NOT NULL,
    sentence   INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    date       TEXT NOT NULL,
    name       TEXT NOT NULL,
    mention    TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence, seq)
) WITHOUT ROWID;

CREATE INDEX agreement_mentions_date ON agreement_mentions (date);
