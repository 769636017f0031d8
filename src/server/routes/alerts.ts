// GET /api/alerts: dyads whose conflict departs sharply from their own baseline (the model of `dyad alerts`),
// newest first, with the events behind each.
import type { FastifyPluginAsync } from 'fastify';
import { isoDate } from '../../cli/args.js';
import { ALERT_DEFAULTS, detectAlerts, foldDyads, type Alert, type AlertParams } from '../../analysis/alerts.js';
import { dyadSide } from '../../export/actor-code-parts.js';
import { alertEvents, conflictDays, dateSpan } from '../../store/aggregates.js';
import type { ServerContext } from '../context.js';
import { eventJsonText } from '../queries.js';
import { date, errorResponses, FILTER_PARAMS, PERIOD, query, ref } from '../schemas.js';

const D = ALERT_DEFAULTS;

interface AlertsQuery extends AlertParams {
  dyad?: string;
  limit: number;
  events: number;
}

/** Whether an alert's pair is the dyad asked for: sides and codes match by prefix either way (PRKGOV picks PRK). */
export function alertMatches(a: Alert, dyad: [string, string]): boolean {
  const m = (side: string, code: string) => code.startsWith(side) || side.startsWith(code);
  const [x, y] = dyad;
  return (m(a.a, x) && m(a.b, y)) || (m(a.a, y) && m(a.b, x));
}

export function alertRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Querystring: AlertsQuery }>('/alerts', {
      config: { access: 'read' },
      schema: {
        summary: 'Conflict alerts, newest first, with the events behind each',
        description: 'A dyad (each side its country, or its whole code) alerts in a period when its conflict intensity (the sum of -Goldstein '
          + 'over its events with a negative Goldstein value) is at least `threshold` standard deviations above its mean over the '
          + '`window` periods before, and at least `minIntensity`. The same model as `dyad alerts`.',
        tags: ['alerts'],
        querystring: query({
          by: { ...PERIOD, default: D.by },
          window: { type: 'integer', minimum: 2, maximum: 520, default: D.window, description: 'baseline periods' },
          threshold: { type: 'number', exclusiveMinimum: 0, default: D.threshold, description: 'z-score to alert at' },
          minIntensity: { type: 'number', minimum: 0, default: D.minIntensity, description: 'smallest intensity worth an alert' },
          minStd: { type: 'number', exclusiveMinimum: 0, default: D.minStd, description: 'floor under the baseline standard deviation' },
          from: date('report alerts in periods from this day on (the baseline still reads earlier ones)'),
          to: date('report alerts in periods up to this day'),
          dyad: { ...FILTER_PARAMS.dyad, description: 'only alerts of this dyad, A,B (either order; PRKGOV picks PRK)' },
          limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20, description: 'alerts to return' },
          events: { type: 'integer', minimum: 0, maximum: 50, default: 5, description: 'events listed per alert' },
        }),
        response: { 200: ref('Alerts'), ...errorResponses(400, 401) },
      },
    }, async (req, reply) => {
      const q = req.query;
      const params: AlertParams = {
        by: q.by, window: q.window, threshold: q.threshold, minIntensity: q.minIntensity, minStd: q.minStd,
        from: isoDate(q.from, 'from') ?? undefined, to: isoDate(q.to, 'to') ?? undefined,
      };
      const sets = ctx.codeSets();
      const all = ctx.cached(`alerts ${JSON.stringify(params)}`, () => {
        const span = ctx.cached('span', () => dateSpan(ctx.store.db));
        // Conflict per code pair and day is the expensive read; it does not depend on the alert parameters.
        const days = ctx.cached('conflict-days', () => foldDyads(conflictDays(ctx.store.db), (c) => dyadSide(c, sets)));
        return span ? detectAlerts(days, span, params) : [];
      });
      const dyad = q.dyad ? (q.dyad.toUpperCase().split(',') as [string, string]) : null;
      const matching = dyad ? all.filter((a) => alertMatches(a, dyad)) : all;
      const sideOf = (code: string) => ({ code, country: sets.countries.has(code) });
      const parts = matching.slice(0, q.limit).map((a) => {
        const events = q.events ? alertEvents(ctx.store.db, sideOf(a.a), sideOf(a.b), a.period, q.by, q.events) : [];
        const head = JSON.stringify({ ...a, by: q.by });
        return `${head.slice(0, -1)},"eventList":[${events.map(eventJsonText).join(',')}]}`;
      });
      reply.type('application/json; charset=utf-8');
      return `{"by":"${q.by}","total":${matching.length},"alerts":[${parts.join(',')}]}`;
    });
  };
}
