// GET /api/articles/:id: one stored article with its sentences, every event coded from it and its quotes; and
// GET /api/search: articles whose title or text match a full-text query.
import type { FastifyPluginAsync } from 'fastify';
import { DyadError } from '../../errors.js';
import type { ServerContext } from '../context.js';
import { articleEvents, articleQuotes, articleRow, eventJsonText, searchArticles, sentencesOf, snippetParts } from '../queries.js';
import { errorResponses, query, ref } from '../schemas.js';

export function articleRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string } }>('/articles/:id', {
      config: { access: 'read' },
      schema: {
        summary: 'One article with its sentences, events and quotes',
        description: 'The text as stored, the article date and where it came from (dateOrigin, dateBasis), its sentences with their '
          + 'offsets into the text, every event record coded from it (offsets of source, target and verb count into the sentence '
          + 'text; add the sentence start for the article text), and its quotes with their speakers. A near-duplicate is stored '
          + 'but not coded: duplicateOf names its original.',
        tags: ['articles'],
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 1000 } }, required: ['id'] },
        response: { 200: ref('Article'), ...errorResponses(401, 404) },
      },
    }, async (req, reply) => {
      const db = ctx.store.db;
      const a = articleRow(db, req.params.id);
      if (!a) throw new DyadError('DYAD_ERR_NO_SUCH_ITEM', `no article with id "${req.params.id}"`);
      const head = JSON.stringify({
        id: a.id, url: a.url, title: a.title, byline: a.byline, outlet: a.outlet, published: a.published,
        dateOrigin: a.date_origin, dateBasis: a.date_basis, origin: a.origin, text: a.text,
        duplicateOf: a.duplicate_of, similarity: a.similarity, ingestedAt: a.ingested_at,
        sentences: sentencesOf(db, a.id).map((s) => ({ index: s.idx, start: s.start, end: s.start + s.text.length, paragraph: s.paragraph, kind: s.kind, text: s.text })),
      });
      const events = articleEvents(db, a.id).map(eventJsonText).join(',');
      const quotes = articleQuotes(db, a.id).join(',');
      reply.type('application/json; charset=utf-8');
      return `${head.slice(0, -1)},"events":[${events}],"quotes":[${quotes}]}`;
    });

    app.get<{ Querystring: { q: string; limit: number; offset: number } }>('/search', {
      config: { access: 'read' },
      schema: {
        summary: 'Full-text search over articles',
        description: 'Articles whose title or text match (SQLite FTS5: plain words, "a phrase", OR, NOT, prefix*), best first, '
          + 'with a snippet split into parts (hit=true for matched words).',
        tags: ['articles'],
        querystring: query({
          q: { type: 'string', minLength: 1, maxLength: 500, description: 'words or an FTS5 query' },
          limit: { type: 'integer', minimum: 1, maximum: 200, default: 20, description: 'hits per page' },
          offset: { type: 'integer', minimum: 0, default: 0, description: 'hits to skip' },
        }, ['q']),
        response: { 200: ref('SearchHits'), ...errorResponses(400, 401) },
      },
    }, async (req) => {
      const { q, limit, offset } = req.query;
      const r = searchArticles(ctx.store.db, q, limit, offset);
      return {
        q, total: r.total,
        hits: r.rows.map((h) => ({ id: h.id, title: h.title, published: h.published, outlet: h.outlet, url: h.url, events: h.events, snippet: snippetParts(h.snippet) })),
      };
    });
  };
}
