// GET /api/top/dyads and /api/top/actors: who dealt with whom most in a period, and who was most active.
import type { FastifyPluginAsync } from 'fastify';
import { isoDate } from '../../cli/args.js';
import { dyadSide } from '../../export/actor-code-parts.js';
import { dateSpan } from '../../store/aggregates.js';
import type { ServerContext } from '../context.js';
import { countryNames } from '../country-names.js';
import { actorNames, pairCounts, type PairCount } from '../queries.js';
import { date, errorResponses, query, ref } from '../schemas.js';

interface TopQuery {
  from?: string;
  to?: string;
  limit: number;
  level: 'country' | 'code';
}

const DAY = 86400000;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The period asked for, or the last 30 days of data when neither end is given. */
export function defaultRange(ctx: ServerContext, q: { from?: string; to?: string }): { from?: string; to?: string } {
  const from = isoDate(q.from, 'from') ?? undefined;
  const to = isoDate(q.to, 'to') ?? undefined;
  if (from || to) return { from, to };
  const span = ctx.cached('span', () => dateSpan(ctx.store.db));
  if (!span) return {};
  const start = new Date(Date.parse(`${span.last}T00:00:00Z`) - 29 * DAY).toISOString().slice(0, 10);
  return { from: start < span.first ? span.first : start, to: span.last };
}

const PARAMS = {
  from: date('first day, YYYY-MM-DD (default: 30 days before the last event)'),
  to: date('last day, YYYY-MM-DD (default: the last event)'),
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 10, description: 'how many, 1..200' },
  level: { type: 'string', enum: ['country', 'code'], default: 'country', description: 'count by country (PRKGOV counts for PRK) or by whole actor code' },
};

export function topRoutes(ctx: ServerContext): FastifyPluginAsync {
  const pairs = (range: { from?: string; to?: string }) => ctx.cached(`pairs ${range.from} ${range.to}`, () => pairCounts(ctx.store.db, range));
  const side = (level: TopQuery['level']) => {
    const sets = ctx.codeSets();
    return level === 'code' ? (c: string | null) => c : (c: string | null) => dyadSide(c, sets);
  };
  return async (app) => {
    app.get<{ Querystring: TopQuery }>('/top/dyads', {
      config: { access: 'read' },
      schema: {
        summary: 'The dyads with the most events in a period',
        description: 'Unordered pairs of actors (by country, or by whole code), with events each way, by quad class, and the mean Goldstein value.',
        tags: ['overview'],
        querystring: query(PARAMS),
        response: { 200: ref('TopDyads'), ...errorResponses(400, 401) },
      },
    }, async (req) => {
      const range = defaultRange(ctx, req.query);
      const sideOf = side(req.query.level);
      const out = new Map<string, { a: string; b: string; events: number; ab: number; ba: number; quad: number[]; g: number }>();
      for (const p of pairs(range)) {
        const s = sideOf(p.source), t = sideOf(p.target);
        if (!s || !t) continue;
        const [a, b] = s <= t ? [s, t] : [t, s];
        const key = `${a}\u0000${b}`;
        let d = out.get(key);
        if (!d) out.set(key, (d = { a, b, events: 0, ab: 0, ba: 0, quad: [0, 0, 0, 0], g: 0 }));
        add(d, p);
        if (s === a) d.ab += p.n;
        if (s === b && a !== b) d.ba += p.n;
      }
      const top = [...out.values()].sort((x, y) => y.events - x.events || (x.a + x.b < y.a + y.b ? -1 : 1)).slice(0, req.query.limit);
      const name = nameOf(ctx, top.flatMap((d) => [d.a, d.b]));
      const dyads = top.map(({ g, ...d }) => ({ ...d, aName: name(d.a), bName: name(d.b), goldsteinMean: r3(g / d.events) }));
      return { from: range.from ?? null, to: range.to ?? null, level: req.query.level, dyads };
    });

    app.get<{ Querystring: TopQuery }>('/top/actors', {
      config: { access: 'read' },
      schema: {
        summary: 'The actors in the most events in a period',
        description: 'Each event counts once for each side it is on (an event inside one country counts once for it).',
        tags: ['overview'],
        querystring: query(PARAMS),
        response: { 200: ref('TopActors'), ...errorResponses(400, 401) },
      },
    }, async (req) => {
      const range = defaultRange(ctx, req.query);
      const sideOf = side(req.query.level);
      const out = new Map<string, { actor: string; events: number; asSource: number; asTarget: number; quad: number[]; g: number }>();
      const get = (actor: string) => {
        let x = out.get(actor);
        if (!x) out.set(actor, (x = { actor, events: 0, asSource: 0, asTarget: 0, quad: [0, 0, 0, 0], g: 0 }));
        return x;
      };
      for (const p of pairs(range)) {
        const s = sideOf(p.source), t = sideOf(p.target);
        if (s) { const x = get(s); add(x, p); x.asSource += p.n; }
        if (t && t !== s) { const x = get(t); add(x, p); x.asTarget += p.n; }
      }
      const top = [...out.values()].sort((x, y) => y.events - x.events || (x.actor < y.actor ? -1 : 1)).slice(0, req.query.limit);
      const name = nameOf(ctx, top.map((x) => x.actor));
      const actors = top.map(({ actor, events, asSource, asTarget, g }) => ({ actor, name: name(actor), events, asSource, asTarget, goldsteinMean: r3(g / events) }));
      return { from: range.from ?? null, to: range.to ?? null, level: req.query.level, actors };
    });
  };
}

/** A country's name from our dictionary, else the first wording the store saw for the code. */
function nameOf(ctx: ServerContext, codes: string[]): (code: string) => string | null {
  const countries = countryNames();
  const seen = actorNames(ctx.store.db, codes.filter((c) => !countries.has(c)));
  return (code) => countries.get(code) ?? seen.get(code) ?? null;
}

function add(x: { events: number; quad: number[]; g: number }, p: PairCount): void {
  x.events += p.n;
  x.quad[0] += p.q1; x.quad[1] += p.q2; x.quad[2] += p.q3; x.quad[3] += p.q4;
  x.g += p.goldstein;
}
