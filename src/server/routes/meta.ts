// GET /api/health, /api/stats and /api/actors: is the server up, what does the store hold, which actors are in it.
import type { FastifyPluginAsync } from 'fastify';
import { dateSpan } from '../../store/aggregates.js';
import type { ServerContext } from '../context.js';
import { listActors, tableCounts } from '../queries.js';
import { errorResponses, query, ref } from '../schemas.js';

export function metaRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/health', {
      config: { access: 'open' },
      schema: {
        summary: 'Liveness',
        tags: ['meta'],
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } },
      },
    }, async () => ({ ok: true }));

    app.get('/stats', {
      config: { access: 'read' },
      schema: {
        summary: 'What the store holds',
        description: 'Numbers of articles, distinct events, event mentions and quotes; the first and last day-precise event dates; '
          + 'whether ingest over HTTP is on and whether reads need the token.',
        tags: ['meta'],
        response: { 200: ref('Stats'), ...errorResponses(401) },
      },
    }, async () => {
      const counts = ctx.cached('counts', () => tableCounts(ctx.store.db));
      const span = ctx.cached('span', () => dateSpan(ctx.store.db));
      return { version: ctx.version, ...counts, first: span?.first ?? null, last: span?.last ?? null, ingest: ctx.token !== null, private: ctx.private };
    });

    app.get<{ Querystring: { prefix?: string; q?: string; limit: number } }>('/actors', {
      config: { access: 'read' },
      schema: {
        summary: 'Actors seen in events, most mentioned first',
        description: 'For pickers: `prefix` matches the start of the code, `q` any part of the first wording seen.',
        tags: ['meta'],
        querystring: query({
          prefix: { type: 'string', pattern: '^[A-Za-z0-9]{1,15}$', description: 'code prefix, e.g. PRK' },
          q: { type: 'string', minLength: 1, maxLength: 100, description: 'words in the actor\'s name' },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'how many' },
        }),
        response: { 200: ref('Actors'), ...errorResponses(400, 401) },
      },
    }, async (req) => {
      const rows = listActors(ctx.store.db, req.query);
      return { actors: rows.map((r) => ({ code: r.code, name: r.name, country: r.country, agent: r.agent, mentions: r.mentions, firstDate: r.first_date, lastDate: r.last_date })) };
    });
  };
}
