// GET /api/series: a dyad's events per day, week or month, both directions (the numbers of `dyad series`).
import type { FastifyPluginAsync } from 'fastify';
import { isoDate } from '../../cli/args.js';
import { buildSeries } from '../../analysis/series.js';
import type { Period } from '../../analysis/periods.js';
import { dyadCounts } from '../../store/aggregates.js';
import { DyadError } from '../../errors.js';
import type { ServerContext } from '../context.js';
import { code, date, errorResponses, PERIOD, query, ref } from '../schemas.js';

const MAX_PERIODS = 10_000;

interface SeriesQuery {
  a: string;
  b: string;
  by: Period;
  from?: string;
  to?: string;
}

export function seriesRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: SeriesQuery }>('/series', {
      config: { access: 'read' },
      schema: {
        summary: "A dyad's events per period, both directions",
        description: 'For each period from the first to the last (empty periods with zeros): A->B, B->A and both, the number of events, '
          + 'the number in each quad class, and the Goldstein sum and mean. A and B are actor code prefixes (PRK matches PRKGOV). '
          + 'Events dated less precisely than the period are left out and counted in `imprecise`.',
        tags: ['series'],
        querystring: query({
          a: code('actor A, a code prefix'),
          b: code('actor B, a code prefix'),
          by: { ...PERIOD, default: 'week' },
          from: date('first day, YYYY-MM-DD (default: the first event)'),
          to: date('last day, YYYY-MM-DD (default: the last event)'),
        }, ['a', 'b']),
        response: { 200: ref('Series'), ...errorResponses(400, 401) },
      },
    }, async (req) => {
      const q = req.query;
      const [a, b] = [q.a.toUpperCase(), q.b.toUpperCase()];
      const range = { from: isoDate(q.from, 'from') ?? undefined, to: isoDate(q.to, 'to') ?? undefined };
      if (range.from && range.to && range.from > range.to) throw new DyadError('DYAD_ERR_BAD_REQUEST', `from ${range.from} is after to ${range.to}`);
      const series = buildSeries(dyadCounts(ctx.store.db, a, b, range), q.by, range);
      if (series.rows.length > MAX_PERIODS) {
        throw new DyadError('DYAD_ERR_BAD_REQUEST', `${series.rows.length} periods is more than ${MAX_PERIODS}: ask for a shorter range (from, to) or longer periods (by)`);
      }
      return { a, b, by: q.by, rows: series.rows, imprecise: series.imprecise };
    });
  };
}
