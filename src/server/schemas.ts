// JSON Schemas of the API: request parameters (validated by Fastify) and the shapes of answers (published in
// /openapi.json under components, and checked against real answers by the tests). The event record's schema is
// the repository's own schema/event.schema.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lexicon/read-lines.js';

type Schema = Record<string, unknown>;

// What OpenAPI reads from a route's schema besides the parts Fastify validates.
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    security?: Record<string, string[]>[];
  }
}

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

const CODE = '^[A-Za-z0-9]{1,15}$';
export const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

export const code = (description: string): Schema => ({ type: 'string', pattern: CODE, description });
export const date = (description: string): Schema => ({ type: 'string', pattern: DATE, description });

/** The filters of `dyad query`, as query parameters. */
export const FILTER_PARAMS = {
  actor: code('source or target actor code starts with this, e.g. PRK or PRKGOV'),
  country: code('source or target country, e.g. SYR'),
  dyad: { type: 'string', pattern: '^[A-Za-z0-9]{1,15},[A-Za-z0-9]{1,15}$', description: 'two actor code prefixes A,B: events between them in either direction' },
  cameo: { type: 'string', pattern: '^\\d{1,4}$', description: 'CAMEO code prefix, 1 to 4 digits ("19" every fight)' },
  root: { type: 'string', pattern: '^(0?[1-9]|1\\d|20)$', description: 'CAMEO root 01..20 exactly' },
  plover: { type: 'string', pattern: '^[A-Za-z_]{1,40}$', description: 'PLOVER event type, e.g. ACCUSE' },
  quad: { type: 'string', pattern: '^[1-4](,[1-4]){0,3}$', description: 'quad classes 1-4, comma-separated, e.g. 3,4' },
  from: date('event date on or after, YYYY-MM-DD'),
  to: date('event date on or before, YYYY-MM-DD'),
  text: { type: 'string', minLength: 1, maxLength: 500, description: 'full-text search over the articles\' titles and text (words, or FTS5 syntax)' },
} satisfies Record<string, Schema>;

export const EVENT_SORTS = ['date', 'goldstein', 'cameo', 'source', 'target', 'quad', 'mentions'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export const PAGE_PARAMS: Record<string, Schema> = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50, description: 'events per page, 1..500' },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0, description: 'events to skip' },
  sort: { type: 'string', enum: [...EVENT_SORTS], default: 'date', description: 'sort column' },
  order: { type: 'string', enum: ['asc', 'desc'], default: 'asc', description: 'sort order' },
};

export const PERIOD = { type: 'string', enum: ['day', 'week', 'month'], description: 'period: day, week (named by its Monday) or month' };

export function query(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}

const num = { type: 'number' };
const int = { type: 'integer' };
const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: 'object', properties, required });

/** The repository's event record schema, its definitions moved to components so references resolve in OpenAPI. */
function eventSchemas(): Record<string, Schema> {
  const raw = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'event.schema.json'), 'utf8')) as Schema & { definitions?: Record<string, Schema> };
  const names: Record<string, string> = {};
  for (const k of Object.keys(raw.definitions ?? {})) names[k] = `Event${k[0].toUpperCase()}${k.slice(1)}`;
  const rewrite = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(rewrite);
    if (!x || typeof x !== 'object') return x;
    const out: Schema = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) out[k] = `#/components/schemas/${names[v.slice('#/definitions/'.length)]}`;
      else out[k] = rewrite(v);
    }
    return out;
  };
  const { $schema: _s, $id: _i, definitions, ...event } = raw;
  const out: Record<string, Schema> = { Event: rewrite(event) as Schema };
  for (const [k, v] of Object.entries(definitions ?? {})) out[names[k]] = rewrite(v) as Schema;
  return out;
}

const quad4 = { type: 'array', items: int, minItems: 4, maxItems: 4, description: 'events of quad class 1..4 (verbal cooperation, material cooperation, verbal conflict, material conflict)' };

const cell = obj({
  events: int,
  quad: quad4,
  goldsteinSum: num,
  goldsteinMean: { type: ['number', 'null'] },
});

const alert = obj({
  a: str, b: str, period: str, by: PERIOD, intensity: num, events: int, mean: num, std: num, z: num,
  eventList: { type: 'array', items: ref('StoredEvent'), description: 'the events that drove it, most negative Goldstein first' },
});

let components: Record<string, Schema> | null = null;

export function componentSchemas(): Record<string, Schema> {
  return (components ??= {
    ...eventSchemas(),
    StoredEvent: {
      description: 'An event record (its first report) with what the store adds: how many mentions, articles and sources reported it.',
      allOf: [ref('Event'), obj({ eventId: int, numMentions: int, numArticles: int, numSources: int, url: strOrNull })],
    },
    Error: obj({
      statusCode: int,
      code: { type: 'string', pattern: '^DYAD_ERR_[A-Z_]+$', description: 'error code (README, Errors)' },
      error: str,
      message: str,
    }),
    EventPage: obj({ total: int, limit: int, offset: int, sort: str, order: str, events: { type: 'array', items: ref('StoredEvent') } }),
    SeriesCell: cell,
    Series: obj({
      a: str, b: str, by: PERIOD,
      rows: { type: 'array', items: obj({ period: str, ab: ref('SeriesCell'), ba: ref('SeriesCell'), both: ref('SeriesCell') }) },
      imprecise: { type: 'integer', description: 'events dated less precisely than the period, left out' },
    }),
    TopDyads: obj({
      from: strOrNull, to: strOrNull, level: str,
      dyads: { type: 'array', items: obj({ a: str, b: str, aName: strOrNull, bName: strOrNull, events: int, ab: int, ba: int, quad: quad4, goldsteinMean: num }) },
    }),
    TopActors: obj({
      from: strOrNull, to: strOrNull, level: str,
      actors: { type: 'array', items: obj({ actor: str, name: strOrNull, events: int, asSource: int, asTarget: int, goldsteinMean: num }) },
    }),
    Alert: alert,
    Alerts: obj({ by: PERIOD, total: int, alerts: { type: 'array', items: ref('Alert') } }),
    Article: obj({
      id: str, url: strOrNull, title: strOrNull, byline: strOrNull, outlet: strOrNull,
      published: strOrNull,
      dateOrigin: { type: 'string', description: 'where the article date came from: metadata, dateline, user or none' },
      dateBasis: strOrNull, origin: str, text: str, duplicateOf: strOrNull, similarity: { type: ['number', 'null'] }, ingestedAt: str,
      sentences: { type: 'array', items: obj({ index: int, start: int, end: int, paragraph: int, kind: str, text: str }) },
      events: { type: 'array', items: ref('StoredEvent'), description: 'every event record coded from this article, with its stored event\'s counts' },
      quotes: { type: 'array', items: { type: 'object', required: ['id', 'sentence', 'quote', 'speaker'] } },
    }),
    SearchHits: obj({
      q: str, total: int,
      hits: {
        type: 'array',
        items: obj({
          id: str, title: strOrNull, published: strOrNull, outlet: strOrNull, url: strOrNull, events: int,
          snippet: { type: 'array', items: obj({ text: str, hit: { type: 'boolean' } }), description: 'the snippet in parts; parts with hit=true matched' },
        }),
      },
    }),
    Actors: obj({ actors: { type: 'array', items: obj({ code: str, name: str, country: strOrNull, agent: strOrNull, mentions: int, firstDate: strOrNull, lastDate: strOrNull }) } }),
    Stats: obj({
      version: str, articles: int, events: int, mentions: int, quotes: int, first: strOrNull, last: strOrNull,
      ingest: { type: 'boolean', description: 'POST /api/articles is on (a token is set)' },
      private: { type: 'boolean', description: 'reads need the token too' },
    }),
    IngestResult: obj({
      stored: int, duplicates: int, already: int, failed: int, events: int,
      results: {
        type: 'array',
        items: {
          type: 'object',
          required: ['record', 'status'],
          properties: {
            record: { type: 'integer', description: 'the record\'s place in the body: 1 for one article, the line for JSONL' },
            status: { type: 'string', enum: ['stored', 'duplicate', 'already', 'failed'] },
            id: str, events: int, newEvents: int, duplicateOf: str, similarity: num,
            error: obj({ code: str, message: str }),
          },
        },
      },
    }),
  });
}

export const errorResponses = (...codes: number[]): Record<string, Schema> =>
  Object.fromEntries(codes.map((c) => [String(c), { description: 'error', ...ref('Error') }]));
