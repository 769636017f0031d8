// POST /api/articles: code and store articles sent over HTTP: one article as JSON, a JSON array, or JSONL (one
// article a line). Needs the server's bearer token; off when the server has none. Each article is stored whole or
// not at all, as with `dyad ingest`; sending the same text again is a no-op, so a failed batch can simply be re-sent.
import { setImmediate as tick } from 'node:timers/promises';
import type { FastifyPluginAsync } from 'fastify';
import { isoDate } from '../../cli/args.js';
import { articleFromJsonl } from '../../article/from-jsonl.js';
import { DyadError, ERRORS, type ErrorCode } from '../../errors.js';
import { ingestArticle } from '../../ingest/ingest-article.js';
import { sourceArticle, textDoc } from '../../ingest/source-article.js';
import type { SourceArticle } from '../../ingest/types.js';
import { ArticleStore } from '../../store/article-store.js';
import type { ServerContext } from '../context.js';
import { errorBody, toErrorBody } from '../errors.js';
import { date, errorResponses, ref } from '../schemas.js';

const ARTICLE = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', minLength: 1, description: 'the article text' },
    id: { type: ['string', 'number'], description: 'its id (default: the content hash of the text)' },
    date: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'publication date, YYYY-MM-DD' },
    url: { type: ['string', 'null'] },
    title: { type: ['string', 'null'] },
  },
};

const MAX_BATCH = 10_000;

const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];

interface Pending {
  record: number;
  where: string;
  line: string;
}

type Result =
  | { record: number; status: 'stored'; id: string; events: number; newEvents: number }
  | { record: number; status: 'duplicate'; id: string; duplicateOf: string; similarity: number }
  | { record: number; status: 'already'; id: string }
  | { record: number; status: 'failed'; error: { code: ErrorCode; message: string } };

/** The body as records, each kept as one JSON line so that every shape is read by the JSONL reader. */
function pending(body: unknown): { items: Pending[]; batch: boolean } {
  if (typeof body === 'string') {
    const items: Pending[] = [];
    body.split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim()) items.push({ record: i + 1, where: `line ${i + 1}`, line });
    });
    return { items, batch: true };
  }
  if (Array.isArray(body)) return { items: body.map((r, i) => ({ record: i + 1, where: `body[${i}]`, line: JSON.stringify(r) })), batch: true };
  return { items: [{ record: 1, where: 'body', line: JSON.stringify(body) }], batch: false };
}

export function ingestRoutes(ctx: ServerContext): FastifyPluginAsync {
  let writer: ArticleStore | null = null;
  return async (app) => {
    // JSONL arrives as text; the route's body limit applies while it is read.
    app.addContentTypeParser(JSONL_TYPES, { parseAs: 'string', bodyLimit: ctx.bodyLimit }, (_req, body, done) => done(null, body));

    app.post<{ Querystring: { date?: string }; Body: unknown }>('/articles', {
      config: { access: 'write' },
      bodyLimit: ctx.bodyLimit,
      schema: {
        summary: 'Code and store articles',
        description: 'Send one article as JSON ({"text", "id", "date", "url", "title"}; only text is required), a JSON array of them, '
          + `or JSONL (application/x-ndjson, one article a line), at most ${MAX_BATCH} articles and the server's --body-limit bytes. `
          + 'Needs "Authorization: Bearer TOKEN" (the token dyad serve was started with); off (403) when the server has no token. '
          + 'Articles already stored (same text) are reported as "already"; near-duplicates are stored, linked to their original and not '
          + 'coded again. The status is 200 when no record failed; otherwise that of the first failure, with every record\'s outcome '
          + 'in the body (one article: the error alone).',
        tags: ['articles'],
        security: [{ bearer: [] }],
        querystring: { type: 'object', properties: { date: date('publication date for articles that carry none (like dyad ingest --date)') }, additionalProperties: false },
        body: {
          content: {
            'application/json': { schema: { oneOf: [ARTICLE, { type: 'array', items: ARTICLE, minItems: 1, maxItems: MAX_BATCH }] } },
            ...Object.fromEntries(JSONL_TYPES.map((t) => [t, { schema: { type: 'string', minLength: 1, description: 'one article a line, as the JSON object above' } }])),
          },
        },
        response: {
          200: ref('IngestResult'),
          ...errorResponses(401, 403, 413, 415),
          // A batch with failed records answers with the first failure's status and every record's outcome.
          ...Object.fromEntries([400, 500, 503].map((c) => [String(c), { description: 'error (one article), or a batch with failed records', anyOf: [ref('Error'), ref('IngestResult')] }])),
        },
      },
    }, async (req, reply) => {
      const userDate = isoDate(req.query.date, 'date');
      const { items, batch } = pending(req.body);
      if (items.length > MAX_BATCH) throw new DyadError('DYAD_ERR_BAD_REQUEST', `${items.length} articles in one request; send at most ${MAX_BATCH}`);
      writer ??= new ArticleStore(ctx.store.db);
      const model = ctx.model();
      const results: Result[] = [];
      let stored = 0;
      try {
        for (const it of items) {
          results.push(ingestOne(it, userDate, writer, model, ctx));
          if (results[results.length - 1].status === 'stored') stored++;
          await tick(); // other requests get a turn between articles
        }
      } finally {
        if (stored || results.some((r) => r.status === 'duplicate')) ctx.changed();
      }
      const failed = results.filter((r): r is Extract<Result, { status: 'failed' }> => r.status === 'failed');
      if (!batch && failed.length) {
        const body = errorBody(failed[0].error.code, failed[0].error.message);
        return reply.code(body.statusCode).send(body);
      }
      if (failed.length) reply.code(ERRORS[failed[0].error.code].http);
      const count = (s: Result['status']) => results.filter((r) => r.status === s).length;
      const events = results.reduce((n, r) => n + (r.status === 'stored' ? r.events : 0), 0);
      return { stored: count('stored'), duplicates: count('duplicate'), already: count('already'), failed: failed.length, events, results };
    });
  };
}

function ingestOne(it: Pending, userDate: string | null, writer: ArticleStore, model: ReturnType<ServerContext['model']>, ctx: ServerContext): Result {
  try {
    const a = articleFromJsonl(it.line, it.where, null);
    const doc = { ...textDoc(a.text), id: a.id, title: a.title ?? null, url: a.url ?? null, date: a.date, dateBasis: a.date ? 'request "date"' : null };
    const article: SourceArticle = sourceArticle(doc, `POST /api/articles ${it.where}`, Buffer.byteLength(it.line), userDate);
    if (userDate && article.dateOrigin === 'user') article.dateBasis = 'request ?date=';
    const r = ingestArticle(article, writer, model, ctx.similarity);
    if (r.kind === 'stored') return { record: it.record, status: 'stored', id: r.id, events: r.mentions, newEvents: r.newEvents };
    if (r.kind === 'duplicate') return { record: it.record, status: 'duplicate', id: r.id, duplicateOf: r.of, similarity: r.similarity };
    return { record: it.record, status: 'already', id: r.id };
  } catch (e) {
    const b = toErrorBody(e, ctx, `storing ${it.where}`);
    if (b.code === 'DYAD_ERR_INTERNAL') process.stderr.write(`dyad serve: POST /api/articles ${it.where}: ${(e as Error)?.stack ?? e}\n`);
    return { record: it.record, status: 'failed', error: { code: b.code, message: b.message } };
  }
}
