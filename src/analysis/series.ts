// A dyad's event series: per period, for A->B, B->A and both together, the number of events by quad class and
// the Goldstein sum and mean. Empty periods between the first and last are present, with zeros.
import { periodOf, periodsBetween, type Period } from './periods.js';

/** One aggregate the store returns: events of one direction, date and quad class. */
export interface DyadCount {
  dir: 'ab' | 'ba';
  date: string;
  quad: number;
  n: number;
  goldstein: number;
}

export interface Cell {
  events: number;
  /** Events of quad class 1..4 (verbal cooperation, material cooperation, verbal conflict, material conflict). */
  quad: [number, number, number, number];
  goldsteinSum: number;
  /** null when there are no events. */
  goldsteinMean: number | null;
}

export interface SeriesRow {
  period: string;
  ab: Cell;
  ba: Cell;
  both: Cell;
}

export interface Series {
  rows: SeriesRow[];
  /** Events whose date is less precise than the period (a month-only date in a weekly series): left out. */
  imprecise: number;
}

const empty = (): Cell => ({ events: 0, quad: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: null });

function add(c: Cell, quad: number, n: number, goldstein: number): void {
  c.events += n;
  if (quad >= 1 && quad <= 4) c.quad[quad - 1] += n;
  c.goldsteinSum += goldstein;
}

export function buildSeries(counts: DyadCount[], by: Period, range: { from?: string; to?: string } = {}): Series {
  const cells = new Map<string, SeriesRow>();
  let imprecise = 0;
  for (const c of counts) {
    const p = periodOf(c.date, by);
    if (!p) { imprecise += c.n; continue; }
    let row = cells.get(p);
    if (!row) cells.set(p, (row = { period: p, ab: empty(), ba: empty(), both: empty() }));
    add(row[c.dir], c.quad, c.n, c.goldstein);
    add(row.both, c.quad, c.n, c.goldstein);
  }
  const seen = [...cells.keys()].sort();
  const first = range.from ?? seen[0];
  const last = range.to ?? seen[seen.length - 1];
  const periods = first && last ? periodsBetween(first, last, by) : [];
  const rows = periods.map((p) => cells.get(p) ?? { period: p, ab: empty(), ba: empty(), both: empty() });
  for (const r of rows) for (const c of [r.ab, r.ba, r.both]) {
    c.goldsteinSum = Math.round(c.goldsteinSum * 1000) / 1000;
    c.goldsteinMean = c.events ? Math.round((c.goldsteinSum / c.events) * 1000) / 1000 : null;
  }
  return { rows, imprecise };
}
