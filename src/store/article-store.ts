// Writing articles: each article, with its sentences, event mentions, quotes and actors, in ONE transaction, so a
// crash or kill leaves whole articles or nothing. Events with the same key (analysis/event-key.ts) become one row
// in `events` with a mention row per report.
import type { CodedArticle } from '../pipeline.js';
import type { ActorRef, EventRecord } from '../types.js';
import type { SourceArticle } from '../ingest/types.js';
import { eventKey } from '../analysis/event-key.js';
import { MINHASH, sigToBytes } from '../analysis/minhash.js';
import type { Db } from './open.js';

export interface ArticleToStore {
  article: SourceArticle;
  hash: string;
  /** The coder's output; null for a near-duplicate, which is stored and linked but not coded again. */
  coded: CodedArticle | null;
  duplicate: { of: string; similarity: number } | null;
  signature: Uint32Array | null;
  /** LSH buckets to index the article under (originals only: duplicates are found through their original). */
  buckets: number[];
}

export interface SaveResult {
  mentions: number;
  newEvents: number;
}

const EVENT_COLUMNS = [
  'key', 'record_id', 'article_id', 'sentence', 'date', 'date_basis',
  'source_code', 'source_country', 'source_agent', 'source_text',
  'target_code', 'target_country', 'target_agent', 'target_text',
  'cameo', 'root', 'quad_class', 'goldstein', 'plover_type', 'plover_mode',
  'negated', 'hypothetical', 'future', 'historical',
  'location_text', 'location_country', 'lat', 'lon', 'verb', 'pattern', 'text', 'is_root', 'date_added',
] as const;

export class ArticleStore {
  private readonly q;

  constructor(private readonly db: Db) {
    const bucketParams = Array(MINHASH.bands).fill('?').join(', ');
    this.q = {
      byHash: db.prepare('SELECT id FROM articles WHERE hash = ?').pluck(),
      byId: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
      candidates: db.prepare(`SELECT DISTINCT a.id, a.minhash FROM minhash_bands b JOIN articles a ON a.rid = b.article_rid
        WHERE b.bucket IN (${bucketParams}) AND a.minhash IS NOT NULL`),
      article: db.prepare(`INSERT INTO articles (id, hash, url, title, byline, outlet, published, date_origin, date_basis, origin,
        text, duplicate_of, similarity, minhash, n_sentences, n_events, n_quotes, ingested_at)
        VALUES (@id, @hash, @url, @title, @byline, @outlet, @published, @date_origin, @date_basis, @origin,
        @text, @duplicate_of, @similarity, @minhash, @n_sentences, @n_events, @n_quotes, @ingested_at)`),
      bucket: db.prepare('INSERT OR IGNORE INTO minhash_bands (bucket, article_rid) VALUES (?, ?)'),
      sentence: db.prepare('INSERT INTO sentences (article_id, idx, start, paragraph, kind, text) VALUES (?, ?, ?, ?, ?, ?)'),
      eventByKey: db.prepare('SELECT eid FROM events WHERE key = ?').pluck(),
      event: db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => '@' + c).join(', ')})`),
      mention: db.prepare(`INSERT INTO event_mentions (record_id, event_id, article_id, sentence, actor1_offset, actor2_offset, action_offset, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      // Counts grow with each article rather than being recounted, so a much-reported event stays cheap to update.
      counts: db.prepare(`UPDATE events SET num_mentions = num_mentions + @mentions, num_articles = num_articles + 1,
        num_sources = num_sources + NOT EXISTS (SELECT 1 FROM event_mentions m JOIN articles a ON a.id = m.article_id
          WHERE m.event_id = @eid AND m.article_id <> @article AND coalesce(a.outlet, a.id) = @source)
        WHERE eid = @eid`),
      quote: db.prepare(`INSERT INTO quotes (id, article_id, sentence, quote, speaker_code, speaker_text, verb, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      actor: db.prepare(`INSERT INTO actors (code, country, agent, name, mentions, first_date, last_date) VALUES (?, ?, ?, ?, 1, ?, ?)
        ON CONFLICT(code) DO UPDATE SET mentions = mentions + 1,
          first_date = CASE WHEN first_date IS NULL OR excluded.first_date < first_date THEN excluded.first_date ELSE first_date END,
          last_date = CASE WHEN last_date IS NULL OR excluded.last_date > last_date THEN excluded.last_date ELSE last_date END`),
    };
  }

  /** The id of the stored article with this content hash, if any. */
  idOfHash(hash: string): string | null {
    return (this.q.byHash.get(hash) as string | undefined) ?? null;
  }

  hasId(id: string): boolean {
    return this.q.byId.get(id) !== undefined;
  }

  /** Stored originals sharing at least one LSH bucket. */
  candidates(buckets: number[]): { id: string; minhash: Uint8Array }[] {
    return this.q.candidates.all(...buckets) as { id: string; minhash: Uint8Array }[];
  }

  /** Stores one article and everything coded from it, all or nothing. */
  save(x: ArticleToStore): SaveResult {
    return this.db.transaction(() => this.write(x)).immediate();
  }

  private write(x: ArticleToStore): SaveResult {
    const a = x.article;
    const coded = x.coded;
    const now = new Date().toISOString();
    const { lastInsertRowid } = this.q.article.run({
      id: a.id, hash: x.hash, url: a.url ?? null, title: a.title ?? null, byline: a.byline, outlet: a.outlet,
      published: a.date, date_origin: a.dateOrigin, date_basis: a.dateBasis, origin: a.origin, text: a.text,
      duplicate_of: x.duplicate?.of ?? null, similarity: x.duplicate?.similarity ?? null,
      minhash: x.signature ? sigToBytes(x.signature) : null,
      n_sentences: coded?.sentences.length ?? 0, n_events: coded?.events.length ?? 0, n_quotes: coded?.quotes.length ?? 0,
      ingested_at: now,
    });
    for (const b of x.buckets) this.q.bucket.run(b, lastInsertRowid);
    if (!coded) return { mentions: 0, newEvents: 0 };
    for (const s of coded.sentences) this.q.sentence.run(a.id, s.index, s.start, s.paragraph, s.kind, s.text);
    const lead = leadParagraph(coded);
    const touched = new Map<number, number>();
    let newEvents = 0;
    for (const e of coded.events) {
      const key = eventKey(e);
      let eid = this.q.eventByKey.get(key) as number | undefined;
      if (eid === undefined) {
        eid = Number(this.q.event.run(eventRow(e, key, coded.sentences[e.sentence]?.paragraph === lead, now)).lastInsertRowid);
        newEvents++;
      }
      touched.set(eid, (touched.get(eid) ?? 0) + 1);
      const at = coded.sentences[e.sentence]?.start ?? null;
      const off = (start: number | undefined) => (at === null || start === undefined ? null : at + start);
      this.q.mention.run(e.id, eid, a.id, e.sentence, off(e.source.start), off(e.target?.start), off(e.evidence.verb.start), JSON.stringify(e));
      for (const actor of [e.source, e.target]) if (actor?.code) this.q.actor.run(actor.code, actor.country, actor.agent, actor.text, e.date, e.date);
    }
    for (const [eid, mentions] of touched) this.q.counts.run({ eid, mentions, article: a.id, source: a.outlet ?? a.id });
    for (const q of coded.quotes) {
      this.q.quote.run(q.id, a.id, q.sentence, q.quote.text, q.speaker?.code ?? null, q.speaker?.text ?? null, q.verb?.text ?? null, JSON.stringify(q));
    }
    return { mentions: coded.events.length, newEvents };
  }
}

/** The first paragraph with body text: events there are GDELT's "root" events (the lead). */
function leadParagraph(c: CodedArticle): number {
  return c.sentences.find((s) => s.kind === 'body')?.paragraph ?? 0;
}

const flag = (b: boolean) => (b ? 1 : 0);

function actorColumns(prefix: 'source' | 'target', a: ActorRef | null) {
  return {
    [`${prefix}_code`]: a?.code ?? null,
    [`${prefix}_country`]: a?.country ?? null,
    [`${prefix}_agent`]: a?.agent ?? null,
    [`${prefix}_text`]: a?.text ?? null,
  };
}

function eventRow(e: EventRecord, key: string, isRoot: boolean, now: string): Record<(typeof EVENT_COLUMNS)[number], unknown> {
  return {
    key, record_id: e.id, article_id: e.article, sentence: e.sentence, date: e.date, date_basis: e.dateBasis,
    ...actorColumns('source', e.source), ...actorColumns('target', e.target),
    cameo: e.cameo, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein,
    plover_type: e.plover.type, plover_mode: e.plover.mode,
    negated: flag(e.modality.negated), hypothetical: flag(e.modality.hypothetical), future: flag(e.modality.future),
    historical: flag(e.modality.historical),
    location_text: e.location?.text ?? null, location_country: e.location?.country ?? null,
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null,
    verb: e.evidence.verb.text, pattern: e.evidence.pattern, text: e.text, is_root: flag(isRoot), date_added: now,
  } as Record<(typeof EVENT_COLUMNS)[number], unknown>;
}
