// One direction of a dyad over time with uPlot: events per period as bars stacked by quad class, the mean
// Goldstein value as a line on its own axis, alert periods shaded. A click picks the period under the cursor.
import uPlot from 'uplot';
import type { SeriesRow } from './api-types.js';
import { h } from './dom.js';
import { periodTime, QUADS } from './format.js';

export interface ChartOptions {
  title: string;
  dir: 'ab' | 'ba' | 'both';
  rows: SeriesRow[];
  by: 'day' | 'week' | 'month';
  alerts: Set<string>;
  /** The period picked last (outlined). */
  selected: () => string | null;
  width: number;
  onPick: (period: string) => void;
}

const STEP = { day: 86400, week: 7 * 86400, month: 30.44 * 86400 };

/** A tick (seconds, UTC) as the period's name: YYYY-MM-DD, or YYYY-MM by month. */
function dayName(t: number, by: ChartOptions['by']): string {
  const d = new Date(t * 1000).toISOString();
  return by === 'month' ? d.slice(0, 7) : d.slice(0, 10);
}

export function directionChart(o: ChartOptions): { el: HTMLElement; chart: uPlot } {
  const xs = o.rows.map((r) => periodTime(r.period));
  const cells = o.rows.map((r) => r[o.dir]);
  // Stacked bars: each series is the running total up to its class, drawn from the top class down so the
  // smaller totals paint over the larger ones.
  const raw = QUADS.map((_, k) => cells.map((c) => c.quad[k]));
  const stacked = QUADS.map((_, k) => cells.map((c) => c.quad.slice(0, k + 1).reduce((a, b) => a + b, 0)));
  const order = [3, 2, 1, 0];
  const goldstein = cells.map((c) => c.goldsteinMean);
  const data: uPlot.AlignedData = [xs, ...order.map((k) => stacked[k]), goldstein];
  const half = STEP[o.by] / 2;
  const wrap = h('div', { class: 'chart', data: { dir: o.dir } }, h('h3', null, o.title));
  const bars = uPlot.paths.bars!({ size: [0.8, 48], align: 0 });
  const opts: uPlot.Options = {
    width: o.width,
    height: 230,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: {
      x: { time: true, range: () => [xs[0] - half, xs[xs.length - 1] + half] },
      n: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
      g: { range: () => [-10, 10] },
    },
    axes: [
      {
        // Periods are named by their first day: label them so, one tick a period while they fit.
        // Ticks on period starts only: every k-th period, as many as fit.
        splits: () => {
          const k = Math.ceil(xs.length / Math.max(2, Math.floor((o.width - 120) / 95)));
          return xs.filter((_, i) => i % k === 0);
        },
        values: (_u, ticks) => ticks.map((t) => dayName(t, o.by)),
      },
      { scale: 'n', label: 'events', size: 50 },
      { scale: 'g', side: 1, label: 'mean Goldstein', grid: { show: false }, size: 50 },
    ],
    series: [
      { label: o.by },
      ...order.map((k) => ({
        label: QUADS[k].label,
        scale: 'n',
        fill: QUADS[k].color,
        stroke: QUADS[k].color,
        width: 0,
        paths: bars,
        points: { show: false },
        value: (_u: uPlot, _v: number | null, _si: number, i: number | null) => (i === null ? '–' : String(raw[k][i] ?? 0)),
      })),
      {
        label: 'mean Goldstein',
        scale: 'g',
        stroke: '#222',
        width: 2,
        spanGaps: false,
        points: { show: true, size: 6, fill: '#222' },
        value: (_u: uPlot, v: number | null) => (v === null ? '–' : v.toFixed(2)),
      },
    ],
    cursor: { drag: { x: false, y: false } },
    hooks: {
      draw: [(u) => {
        const ctx = u.ctx;
        const top = u.bbox.top, height = u.bbox.height;
        const positions: Record<string, number> = {};
        o.rows.forEach((r, i) => {
          const x0 = u.valToPos(xs[i] - half, 'x', true);
          const x1 = u.valToPos(xs[i] + half, 'x', true);
          positions[r.period] = Math.round(u.valToPos(xs[i], 'x'));
          if (o.alerts.has(r.period)) {
            ctx.fillStyle = 'rgba(197, 48, 48, 0.12)';
            ctx.fillRect(x0, top, x1 - x0, height);
            ctx.fillStyle = '#c53030';
            const mid = (x0 + x1) / 2, s = 6 * uPlot.pxRatio;
            ctx.beginPath();
            ctx.moveTo(mid - s, top);
            ctx.lineTo(mid + s, top);
            ctx.lineTo(mid, top + s * 1.4);
            ctx.fill();
          }
          if (r.period === o.selected()) {
            ctx.strokeStyle = '#444';
            ctx.setLineDash([4, 3]);
            ctx.strokeRect(x0, top, x1 - x0, height);
            ctx.setLineDash([]);
          }
        });
        // Where each period sits across the plot (CSS pixels), for keyboard-free tests and tooling.
        wrap.dataset.periodX = JSON.stringify(positions);
      }],
    },
  };
  const chart = new uPlot(opts, data, wrap);
  chart.over.addEventListener('click', () => {
    const i = chart.cursor.idx;
    if (i !== null && i !== undefined && o.rows[i]) o.onPick(o.rows[i].period);
  });
  chart.over.style.cursor = 'pointer';
  return { el: wrap, chart };
}
