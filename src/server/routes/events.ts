// GET /api/events: stored events matching the filters of `dyad query`, a page at a time, in any order.
import type { FastifyPluginAsync } from 'fastify';
import { DyadError } from '../../errors.js';
import { readFilter } from '../../cli/filters.js';
import type { ParsedArgs } from '../../cli/args.js';
import type { EventFilter } from '../../store/event-query.js';
import type { ServerContext } from '../context.js';
import { countMatching, eventJsonText, pageEvents } from '../queries.js';
import { errorResponses, FILTER_PARAMS, PAGE_PARAMS, query, ref, type EventSort } from '../schemas.js';

export type FilterQuery = Partial<Record<keyof typeof FILTER_PARAMS, string>>;

/** Query parameters -> the store's filter, read by the same code (and the same checks) as `dyad query`'s options. */
export function eventFilter(q: FilterQuery): EventFilter {
  const values = new Map<string, string[]>();
  for (const k of Object.keys(FILTER_PARAMS)) {
    const v = q[k as keyof FilterQuery];
    if (v !== undefined) values.set(k, [v]);
  }
  const args: ParsedArgs = { values, flags: new Set(), positional: [] };
  try {
    return readFilter(args);
  } catch (e) {
    // The CLI's messages name options (--dyad); here they are query parameters.
    if (e instanceof DyadError) throw new DyadError(e.code, parameterNames(e.message));
    throw e;
  }
}

export const parameterNames = (message: string) => message.replace(/--([a-z][a-z-]*)/g, 'parameter "$1"');

interface EventsQuery extends FilterQuery {
  limit: number;
  offset: number;
  sort: EventSort;
  order: 'asc' | 'desc';
}

export function eventRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: EventsQuery }>('/events', {
      config: { access: 'read' },
      schema: {
        summary: 'Events matching filters, a page at a time',
        description: 'The filters of `dyad query` (all must hold). Each event is counted once however many articles reported it; '
          + 'the record is its first report, with numMentions, numArticles and numSources. `total` is the number of matching events.',
        tags: ['events'],
        querystring: query({ ...FILTER_PARAMS, ...PAGE_PARAMS }),
        response: { 200: ref('EventPage'), ...errorResponses(400, 401) },
      },
    }, async (req, reply) => {
      const { limit, offset, sort, order, ...filters } = req.query;
      const f = eventFilter(filters);
      const db = ctx.store.db;
      const rows = pageEvents(db, f, { limit, offset, sort, order });
      // Totals are the slow part of a page over a big store (a count of every match): kept until the data changes.
      const total = rows.length < limit && (offset === 0 || rows.length > 0)
        ? offset + rows.length
        : ctx.cached(`count ${JSON.stringify(f)}`, () => countMatching(db, f));
      reply.type('application/json; charset=utf-8');
      return `{"total":${total},"limit":${limit},"offset":${offset},"sort":"${sort}","order":"${order}","events":[${rows.map(eventJsonText).join(',')}]}`;
    });
  };
}
