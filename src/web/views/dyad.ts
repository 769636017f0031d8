// The dyad view: two actors, their events per period in each direction (bars by quad class, the mean Goldstein
// line, alerts shaded); a click on a period lists its events.
import { get } from '../api.js';
import type { ActorInfo, Alerts, EventPage, Series, SeriesRow } from '../api-types.js';
import { directionChart } from '../chart.js';
import { eventTable, loading, notice } from '../components.js';
import { fill, h, num, signed } from '../dom.js';
import { codeOk } from '../format.js';
import { periodDays, type Period } from '../../analysis/periods.js';
import type { View } from '../router.js';

function actorList(actors: ActorInfo[]): HTMLElement {
  const codes = new Map<string, string>();
  for (const a of actors) {
    if (!codes.has(a.code)) codes.set(a.code, a.name);
    const country = a.code.slice(0, 3);
    if (a.code.length > 3 && !codes.has(country)) codes.set(country, '');
  }
  return h('datalist', { id: 'actor-codes' }, [...codes].map(([code, name]) => h('option', { value: code }, name)));
}

function form(a: string, b: string, by: string, from: string, to: string): HTMLElement {
  return h('form', { class: 'filters', on: { submit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const q = new URLSearchParams();
    for (const k of ['a', 'b', 'by', 'from', 'to']) { const v = String(f.get(k) ?? '').trim(); if (v) q.set(k, k === 'a' || k === 'b' ? v.toUpperCase() : v); }
    location.hash = `#/dyad?${q}`;
  } } },
  h('label', null, 'Actor A ', h('input', { name: 'a', value: a, list: 'actor-codes', placeholder: 'PRK', 'aria-label': 'actor A' })),
  h('label', null, 'Actor B ', h('input', { name: 'b', value: b, list: 'actor-codes', placeholder: 'KOR', 'aria-label': 'actor B' })),
  h('label', null, 'By ', h('select', { name: 'by' }, ['day', 'week', 'month'].map((p) => h('option', { value: p, selected: p === by }, p)))),
  h('label', null, 'From ', h('input', { type: 'date', name: 'from', value: from })),
  h('label', null, 'To ', h('input', { type: 'date', name: 'to', value: to })),
  h('button', { type: 'submit' }, 'Show'));
}

export const dyadView: View = async (main, params) => {
  const a = (params.get('a') ?? '').toUpperCase();
  const b = (params.get('b') ?? '').toUpperCase();
  const by = (['day', 'week', 'month'].includes(params.get('by') ?? '') ? params.get('by') : 'week') as Period;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const actors = await get<{ actors: ActorInfo[] }>('actors', { limit: 300 }).catch(() => ({ actors: [] }));
  const head = [h('h2', null, 'Dyad'), form(a, b, by, from, to), actorList(actors.actors)];
  if (!a || !b) { fill(main, ...head, notice('info', 'Pick two actors (code prefixes: PRK is every North Korean actor, PRKGOV its government).')); return; }
  if (!codeOk(a) || !codeOk(b)) { fill(main, ...head, notice('error', 'Actor codes are letters and digits, like PRK or KORGOV.')); return; }

  const [series, alerts] = await Promise.all([
    get<Series>('series', { a, b, by, from, to }),
    get<Alerts>('alerts', { dyad: `${a},${b}`, by, limit: 1000, events: 0 }),
  ]);
  const alerted = new Set(alerts.alerts.map((x) => x.period));
  const total = (d: 'ab' | 'ba') => series.rows.reduce((n, r) => n + r[d].events, 0);
  const panel = h('section', { class: 'period-events' });
  const charts = h('div', { class: 'charts' });
  let selected: string | null = null;

  let live: { destroy(): void; redraw(rebuildPaths?: boolean): void }[] = [];

  const pick = async (period: string) => {
    selected = period;
    for (const c of live) c.redraw(false);
    const [first, last] = periodDays(period, by);
    fill(panel, h('h3', null, `Events between ${a} and ${b}, ${by} of ${period}`), loading());
    const page = await get<EventPage>('events', { dyad: `${a},${b}`, from: first, to: last, limit: 200, sort: 'date' });
    fill(panel,
      h('h3', null, `Events between ${a} and ${b}, ${by} of ${period}`, alerted.has(period) ? h('span', { class: 'flag alert' }, 'alert') : null),
      h('p', { class: 'muted' }, `${num(page.total)} events from ${first} to ${last}`, page.total > page.events.length ? ` (first ${page.events.length} shown)` : '', '.',
        ' ', h('a', { href: `#/events?${new URLSearchParams({ dyad: `${a},${b}`, from: first, to: last })}` }, 'Open in the event table')),
      eventTable(page.events));
    panel.scrollIntoView({ block: 'nearest' });
  };

  const drawCharts = () => {
    for (const c of live) c.destroy();
    const width = Math.max(320, Math.min(1100, (document.getElementById('main')?.clientWidth ?? 960) - 40));
    const made = (['ab', 'ba'] as const).map((dir) => directionChart({
      title: dir === 'ab' ? `${a} → ${b}` : `${b} → ${a}`, dir, rows: series.rows, by, alerts: alerted, selected: () => selected, width, onPick: (p) => void pick(p),
    }));
    live = made.map((m) => m.chart);
    fill(charts, made.map((m) => m.el));
  };

  const busy = series.rows.filter((r) => r.both.events > 0 || alerted.has(r.period));
  const periods = h('table', { class: 'periods' },
    h('thead', null, h('tr', null, h('th', null, by[0].toUpperCase() + by.slice(1)), h('th', { class: 'num' }, `${a}→${b}`), h('th', { class: 'num' }, `${b}→${a}`),
      h('th', { class: 'num' }, 'Mean Goldstein'), h('th', null, ''))),
    h('tbody', null, busy.map((r: SeriesRow) => h('tr', { class: 'pick', tabindex: '0', data: { period: r.period }, on: {
      click: () => void pick(r.period),
      keydown: (e) => { if (e.key === 'Enter') void pick(r.period); },
    } },
    h('td', null, r.period), h('td', { class: 'num' }, num(r.ab.events)), h('td', { class: 'num' }, num(r.ba.events)),
    h('td', { class: 'num' }, signed(r.both.goldsteinMean)), h('td', null, alerted.has(r.period) ? h('span', { class: 'flag alert' }, 'alert') : null)))));

  fill(main, ...head,
    h('p', { class: 'muted' }, `${num(total('ab'))} events ${a}→${b} and ${num(total('ba'))} ${b}→${a}`,
      series.rows.length ? `, ${series.rows[0].period} to ${series.rows[series.rows.length - 1].period}` : '',
      series.imprecise ? `; ${num(series.imprecise)} dated less precisely than a ${by} are left out` : '',
      alerted.size ? `; ${alerted.size} alert ${by}${alerted.size === 1 ? '' : 's'} shaded red` : '', '. Click a bar or a row for its events.'),
    series.rows.length ? charts : notice('info', `No events between ${a} and ${b}${from || to ? ' in this range' : ''}.`),
    series.rows.length ? h('details', { class: 'period-list', open: true }, h('summary', null, `${by[0].toUpperCase() + by.slice(1)}s with events`), periods) : null,
    panel);
  if (series.rows.length) drawCharts();
  const initial = params.get('pick');
  if (initial && series.rows.some((r) => r.period === initial)) await pick(initial);
};
