// Pieces several views use: an event table, a sentence with its event marked, notices.
import type { StoredEvent } from './api-types.js';
import { h, num, signed, type Child } from './dom.js';
import { actorLabel, quadLabel } from './format.js';
import { segments, type Range } from './highlight.js';

/** The ranges of one event in its sentence: source, verb and target. */
export function eventRanges(e: StoredEvent, item: number, offset = 0): Range[] {
  const out: Range[] = [];
  const add = (span: { start: number; end: number } | null | undefined, role: Range['role']) => {
    if (span && span.end > span.start) out.push({ start: offset + span.start, end: offset + span.end, role, item });
  };
  add(e.source, 'source');
  add(e.evidence?.verb, 'verb');
  add(e.target, 'target');
  return out;
}

/** Text with marked ranges, as text nodes and <mark> elements. */
export function markedText(text: string, ranges: Range[], base = 0): Child[] {
  return segments(text.length, ranges.map((r) => ({ ...r, start: r.start - base, end: r.end - base }))).map((s) => {
    const t = text.slice(s.start, s.end);
    if (!s.roles.length) return t;
    return h('mark', { class: `hl ${s.roles.join(' ')}`, data: { items: s.items.join(' ') } }, t);
  });
}

export function actorCell(a: StoredEvent['source'] | null): HTMLElement {
  if (!a) return h('span', { class: 'muted' }, '–');
  return h('span', { class: 'actor', title: a.text }, h('b', null, actorLabel(a)), ' ', h('span', { class: 'muted' }, a.text));
}

export function quadBadge(q: number): HTMLElement {
  return h('span', { class: `badge q${q}`, title: quadLabel(q) }, String(q));
}

export interface SortState {
  sort: string;
  order: 'asc' | 'desc';
  onSort: (column: string) => void;
}

const COLUMNS: { key: string; label: string; sortable: boolean }[] = [
  { key: 'date', label: 'Date', sortable: true },
  { key: 'source', label: 'Source', sortable: true },
  { key: 'cameo', label: 'Event', sortable: true },
  { key: 'target', label: 'Target', sortable: true },
  { key: 'quad', label: 'Quad', sortable: true },
  { key: 'goldstein', label: 'Goldstein', sortable: true },
  { key: 'mentions', label: 'Mentions', sortable: true },
  { key: 'text', label: 'Sentence', sortable: false },
];

export function eventTable(events: StoredEvent[], sort: SortState | null = null): HTMLElement {
  const head = h('tr', null, COLUMNS.map((c) => {
    if (!c.sortable || !sort) return h('th', null, c.label);
    const active = sort.sort === c.key;
    const arrow = active ? (sort.order === 'asc' ? ' ▲' : ' ▼') : '';
    return h('th', { 'aria-sort': active ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none' },
      h('button', { class: 'sort', type: 'button', data: { sort: c.key }, on: { click: () => sort.onSort(c.key) } }, c.label + arrow));
  }));
  const rows = events.map((e) => h('tr', { data: { event: e.id } },
    h('td', { class: 'nowrap' }, e.date ?? '–', e.dateBasis ? h('div', { class: 'muted small', title: e.dateBasis }, e.dateBasis) : null),
    h('td', null, actorCell(e.source)),
    h('td', { class: 'nowrap' }, h('b', null, e.cameo), ' ', h('span', { class: 'muted' }, e.plover?.type ?? ''),
      e.modality?.negated ? h('span', { class: 'flag' }, 'negated') : null, e.modality?.hypothetical ? h('span', { class: 'flag' }, 'hypothetical') : null),
    h('td', null, actorCell(e.target)),
    h('td', null, quadBadge(e.quadClass)),
    h('td', { class: 'num' }, signed(e.goldstein)),
    h('td', { class: 'num' }, num(e.numMentions)),
    h('td', { class: 'sentence' },
      h('a', { href: `#/article/${encodeURIComponent(e.article)}?event=${encodeURIComponent(e.id)}`, title: 'open the article' }, markedText(e.text, eventRanges(e, 0)))),
  ));
  return h('table', { class: 'events' }, h('thead', null, head), h('tbody', null, rows.length ? rows : h('tr', null, h('td', { class: 'muted', data: {} }, 'No events.'))));
}

export function notice(kind: 'error' | 'info', ...text: Child[]): HTMLElement {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export const loading = () => h('div', { class: 'loading', 'aria-live': 'polite' }, 'Loading…');

export function legend(): HTMLElement {
  return h('div', { class: 'legend' },
    h('mark', { class: 'hl source' }, 'source'), ' ', h('mark', { class: 'hl verb' }, 'verb'), ' ', h('mark', { class: 'hl target' }, 'target'), ' ',
    h('mark', { class: 'hl quote' }, 'quotation'));
}
