// Conflict alerts: a dyad whose conflict intensity in a period departs sharply from its own recent past.
//   intensity(p) = sum of -Goldstein over the dyad's events with a negative Goldstein value in period p
//   baseline     = mean and (population) standard deviation of intensity over the `window` periods before p,
//                  empty periods counting as 0, from the first period in the database on
//   z            = (intensity - mean) / max(std, minStd)
// An alert is raised when z >= threshold and intensity >= minIntensity, and only once `window` periods of history
// exist (the database's first weeks have no baseline). minStd keeps a quiet dyad's first flare-up finite;
// minIntensity keeps one stray accusation from being an alert.
import { periodOf, periodsBetween, type Period } from './periods.js';

export const ALERT_DEFAULTS = { by: 'week' as Period, window: 8, threshold: 3, minIntensity: 10, minStd: 1 };

export interface AlertParams {
  by: Period;
  window: number;
  threshold: number;
  minIntensity: number;
  minStd: number;
  /** Report alerts in periods overlapping [from, to] only (the baseline still reads earlier periods). */
  from?: string;
  to?: string;
}

/** One aggregate from the store: conflict from one actor code to another on one date. */
export interface CodeConflict {
  source: string;
  target: string;
  date: string;
  intensity: number;
  events: number;
}

/** An unordered dyad's conflict on one date. */
export interface ConflictDay {
  a: string;
  b: string;
  date: string;
  intensity: number;
  events: number;
}

export interface Alert {
  a: string;
  b: string;
  period: string;
  intensity: number;
  events: number;
  mean: number;
  std: number;
  z: number;
}

/**
 * Code pairs -> unordered dyads of sides (see export/actor-code-parts.ts dyadSide: the country, or the whole code
 * when it does not start with one), so PRKGOV->KORMIL and KOR->PRK both count for KOR-PRK.
 */
export function foldDyads(rows: CodeConflict[], side: (code: string) => string | null): ConflictDay[] {
  const out = new Map<string, ConflictDay>();
  for (const r of rows) {
    const s = side(r.source), t = side(r.target);
    if (!s || !t) continue;
    const [a, b] = s <= t ? [s, t] : [t, s];
    const key = `${a}\u0000${b}\u0000${r.date}`;
    const d = out.get(key);
    if (d) { d.intensity += r.intensity; d.events += r.events; } else out.set(key, { a, b, date: r.date, intensity: r.intensity, events: r.events });
  }
  return [...out.values()];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function detectAlerts(days: ConflictDay[], span: { first: string; last: string }, p: AlertParams): Alert[] {
  const periods = periodsBetween(span.first, span.last, p.by);
  const index = new Map(periods.map((q, i) => [q, i]));
  const dyads = new Map<string, { a: string; b: string; intensity: Float64Array; events: Uint32Array }>();
  for (const d of days) {
    const i = index.get(periodOf(d.date, p.by) ?? '');
    if (i === undefined) continue;
    const key = `${d.a}\u0000${d.b}`;
    let s = dyads.get(key);
    if (!s) dyads.set(key, (s = { a: d.a, b: d.b, intensity: new Float64Array(periods.length), events: new Uint32Array(periods.length) }));
    s.intensity[i] += d.intensity;
    s.events[i] += d.events;
  }
  const fromP = p.from ? periodOf(p.from, p.by) ?? p.from : null;
  const toP = p.to ? periodOf(p.to, p.by) ?? p.to : null;
  const alerts: Alert[] = [];
  for (const s of dyads.values()) {
    for (let i = p.window; i < periods.length; i++) {
      const x = s.intensity[i];
      if (x < p.minIntensity) continue;
      if ((fromP && periods[i] < fromP) || (toP && periods[i] > toP)) continue;
      let sum = 0, sq = 0;
      for (let k = i - p.window; k < i; k++) { sum += s.intensity[k]; sq += s.intensity[k] ** 2; }
      const mean = sum / p.window;
      const std = Math.sqrt(Math.max(0, sq / p.window - mean * mean));
      const z = (x - mean) / Math.max(std, p.minStd);
      if (z >= p.threshold) alerts.push({ a: s.a, b: s.b, period: periods[i], intensity: r3(x), events: s.events[i], mean: r3(mean), std: r3(std), z: r3(z) });
    }
  }
  return alerts.sort((x, y) => (x.period === y.period ? y.z - x.z : x.period < y.period ? 1 : -1));
}
