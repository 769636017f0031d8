// The store's schema as a numbered list of migrations. A database records the migrations applied to it in
// `schema_version`; opening it applies the missing ones, each in its own transaction. Append, never edit: a
// migration that has shipped is history other people's databases already contain.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'articles, sentences, events with their mentions, quotes, actors, near-duplicate index, full text',
    sql: `
-- One row per article read. rid is the FTS rowid (an INTEGER PRIMARY KEY survives VACUUM); id is the article id
-- that event records carry; hash is the content hash that makes re-ingesting the same text a no-op.
CREATE TABLE articles (
  rid           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  hash          TEXT NOT NULL UNIQUE,
  url           TEXT,
  title         TEXT,
  byline        TEXT,
  outlet        TEXT,
  published     TEXT,            -- YYYY-MM-DD
  date_origin   TEXT NOT NULL,   -- metadata | dateline | user | none
  date_basis    TEXT,            -- where exactly: 'meta article:published_time', 'RSS pubDate', ...
  origin        TEXT NOT NULL,   -- where it was read: file, file:line, URL, URL#item
  text          TEXT NOT NULL,
  duplicate_of  TEXT REFERENCES articles(id),
  similarity    REAL,            -- estimated Jaccard similarity to duplicate_of
  minhash       BLOB,            -- MinHash signature (NULL when the text is too short to compare)
  n_sentences   INTEGER NOT NULL,
  n_events      INTEGER NOT NULL,
  n_quotes      INTEGER NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

CREATE TABLE sentences (
  article_id  TEXT NOT NULL REFERENCES articles(id),
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  paragraph   INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per distinct event: the same source code, target code, CAMEO code and date reported by several
-- articles (or twice in one) is one event. eid is GDELT's GLOBALEVENTID; the columns hold the first mention's record,
-- whose JSON is in event_mentions (record_id), kept once.
CREATE TABLE events (
  eid             INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE,
  record_id       TEXT NOT NULL,
  article_id      TEXT NOT NULL REFERENCES articles(id),
  sentence        INTEGER NOT NULL,
  date            TEXT,
  date_basis      TEXT,
  source_code     TEXT,
  source_country  TEXT,
  source_agent    TEXT,
  source_text     TEXT NOT NULL,
  target_code     TEXT,
  target_country  TEXT,
  target_agent    TEXT,
  target_text     TEXT,
  cameo           TEXT NOT NULL,
  root            TEXT NOT NULL,
  quad_class      INTEGER NOT NULL,
  goldstein       REAL NOT NULL,
  plover_type     TEXT NOT NULL,
  plover_mode     TEXT,
  negated         INTEGER NOT NULL,
  hypothetical    INTEGER NOT NULL,
  future          INTEGER NOT NULL,
  historical      INTEGER NOT NULL,
  location_text   TEXT,
  location_country TEXT,
  lat             REAL,
  lon             REAL,
  verb            TEXT NOT NULL,
  pattern         TEXT NOT NULL,
  text            TEXT NOT NULL,
  is_root         INTEGER NOT NULL,
  num_mentions    INTEGER NOT NULL DEFAULT 0,
  num_articles    INTEGER NOT NULL DEFAULT 0,
  num_sources     INTEGER NOT NULL DEFAULT 0,
  date_added      TEXT NOT NULL
);
-- Covering index for dyad series: both directions are two range scans on (source, target) that never touch the table.
CREATE INDEX events_dyad ON events(source_code, target_code, date, quad_class, goldstein);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_source_country ON events(source_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_quad ON events(quad_class, date);

-- Every event record coded from an article (GDELT's Mentions table): the record JSON as the coder wrote it,
-- and the offsets of its actors and verb in the article text.
CREATE TABLE event_mentions (
  record_id       TEXT PRIMARY KEY,
  event_id        INTEGER NOT NULL REFERENCES events(eid),
  article_id      TEXT NOT NULL REFERENCES articles(id),
  sentence        INTEGER NOT NULL,
  actor1_offset   INTEGER,
  actor2_offset   INTEGER,
  action_offset   INTEGER,
  json            TEXT NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_article ON event_mentions(article_id);

CREATE TABLE quotes (
  id            TEXT PRIMARY KEY,
  article_id    TEXT NOT NULL REFERENCES articles(id),
  sentence      INTEGER NOT NULL,
  quote         TEXT NOT NULL,
  speaker_code  TEXT,
  speaker_text  TEXT,
  verb          TEXT,
  json          TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

-- Actor codes seen in events, with the first wording and how often they occur.
CREATE TABLE actors (
  code        TEXT PRIMARY KEY,
  country     TEXT,
  agent       TEXT,
  name        TEXT NOT NULL,
  mentions    INTEGER NOT NULL,
  first_date  TEXT,
  last_date   TEXT
) WITHOUT ROWID;

-- MinHash LSH buckets of the original (non-duplicate) articles: band number and the band's hash in one key.
CREATE TABLE minhash_bands (
  bucket      INTEGER NOT NULL,
  article_rid INTEGER NOT NULL REFERENCES articles(rid),
  PRIMARY KEY (bucket, article_rid)
) WITHOUT ROWID;

-- Full text over title and text, stored once: the index reads the articles table (external content).
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
