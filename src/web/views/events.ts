// The event table: the filters of `dyad query`, sortable columns, pages. The state lives in the URL, so a view
// can be bookmarked and sent.
import { get } from '../api.js';
import type { EventPage } from '../api-types.js';
import { eventTable } from '../components.js';
import { fill, h, num } from '../dom.js';
import type { View } from '../router.js';

const FILTERS: { key: string; label: string; placeholder: string; type?: string }[] = [
  { key: 'actor', label: 'Actor', placeholder: 'PRKGOV' },
  { key: 'country', label: 'Country', placeholder: 'SYR' },
  { key: 'dyad', label: 'Dyad', placeholder: 'PRK,KOR' },
  { key: 'cameo', label: 'CAMEO', placeholder: '19' },
  { key: 'root', label: 'Root', placeholder: '11' },
  { key: 'plover', label: 'PLOVER', placeholder: 'ACCUSE' },
  { key: 'quad', label: 'Quad', placeholder: '3,4' },
  { key: 'from', label: 'From', placeholder: '', type: 'date' },
  { key: 'to', label: 'To', placeholder: '', type: 'date' },
  { key: 'text', label: 'Text', placeholder: 'liaison office' },
];

const PAGE = 50;

export const eventsView: View = async (main, params) => {
  const state = new URLSearchParams(params);
  const sort = state.get('sort') ?? 'date';
  const order = (state.get('order') ?? 'desc') as 'asc' | 'desc';
  const offset = Math.max(0, Number(state.get('offset') ?? 0) || 0);
  const filters: Record<string, string> = {};
  for (const f of FILTERS) { const v = state.get(f.key); if (v) filters[f.key] = v; }
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(state);
    for (const [k, v] of Object.entries(changes)) { if (v === null || v === '') next.delete(k); else next.set(k, v); }
    location.hash = `#/events?${next}`;
  };
  const form = h('form', { class: 'filters', on: { submit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const changes: Record<string, string | null> = { offset: null };
    for (const x of FILTERS) changes[x.key] = String(f.get(x.key) ?? '').trim() || null;
    go(changes);
  } } },
  FILTERS.map((f) => h('label', null, `${f.label} `, h('input', { name: f.key, value: filters[f.key] ?? '', placeholder: f.placeholder, type: f.type ?? 'text', 'aria-label': f.label }))),
  h('button', { type: 'submit' }, 'Filter'),
  h('button', { type: 'button', on: { click: () => { location.hash = '#/events'; } } }, 'Clear'));

  const page = await get<EventPage>('events', { ...filters, sort, order, limit: PAGE, offset });
  const onSort = (column: string) => go({ sort: column, order: column === sort && order === 'desc' ? 'asc' : 'desc', offset: null });
  const last = offset + page.events.length;
  const pager = () => h('nav', { class: 'pager', 'aria-label': 'pages' },
    h('button', { type: 'button', disabled: offset === 0, on: { click: () => go({ offset: String(Math.max(0, offset - PAGE)) }) } }, '← Previous'),
    h('span', null, page.total ? `${num(offset + 1)}–${num(last)} of ${num(page.total)}` : 'No events'),
    h('button', { type: 'button', disabled: last >= page.total, on: { click: () => go({ offset: String(offset + PAGE) }) } }, 'Next →'));
  fill(main, h('h2', null, 'Events'), form, pager(), eventTable(page.events, { sort, order, onSort }), page.events.length > 10 ? pager() : null);
};
