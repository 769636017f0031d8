// The article view: the text as stored, with the source, verb and target of every event coded from it marked,
// the quotations underlined; the events with their dates and how each date was found; the quotes and speakers.
// Article text is untrusted: it only ever becomes text nodes.
import { get } from '../api.js';
import type { Article, StoredEvent } from '../api-types.js';
import { actorCell, eventRanges, legend, markedText, quadBadge } from '../components.js';
import { fill, h, signed } from '../dom.js';
import type { Range } from '../highlight.js';
import type { View } from '../router.js';

function flags(e: StoredEvent): (HTMLElement | null)[] {
  const m = e.modality ?? { negated: false, hypothetical: false, future: false, historical: false };
  return (['negated', 'hypothetical', 'future', 'historical'] as const).map((k) => (m[k] ? h('span', { class: 'flag' }, k) : null));
}

export const articleView: View = async (main, params, rest) => {
  const id = decodeURIComponent(rest);
  const a = await get<Article>(`articles/${encodeURIComponent(id)}`);
  const start = new Map(a.sentences.map((s) => [s.index, s.start]));
  const ranges: Range[] = [];
  a.events.forEach((e, i) => { const at = start.get(e.sentence); if (at !== undefined) ranges.push(...eventRanges(e, i, at)); });
  a.quotes.forEach((q) => {
    const at = start.get(q.sentence);
    // Quote marks never select an event: their item is out of the events' range.
    if (at !== undefined && q.quote) ranges.push({ start: at + q.quote.start, end: at + q.quote.end, role: 'quote', item: -1 });
  });

  const text = h('div', { class: 'article-text', data: { article: a.id } }, markedText(a.text, ranges));
  const rows = a.events.map((e, i) => h('tr', { class: 'pick', tabindex: '0', data: { item: String(i), event: e.id } },
    h('td', { class: 'num' }, String(e.sentence)),
    h('td', { class: 'nowrap' }, h('b', null, e.date ?? '–'), h('div', { class: 'muted small' }, e.dateBasis ?? '')),
    h('td', null, actorCell(e.source)),
    h('td', null, h('mark', { class: 'hl verb' }, e.evidence.verb.text)),
    h('td', { class: 'nowrap' }, h('b', null, e.cameo), ' ', h('span', { class: 'muted' }, e.plover?.type ?? ''), ...flags(e)),
    h('td', null, actorCell(e.target)),
    h('td', null, quadBadge(e.quadClass)),
    h('td', { class: 'num' }, signed(e.goldstein)),
    h('td', { class: 'small muted' }, e.evidence.pattern),
  ));
  const table = h('table', { class: 'events article-events' },
    h('thead', null, h('tr', null, ['Sentence', 'Date (how found)', 'Source', 'Verb', 'Event', 'Target', 'Quad', 'Goldstein', 'Pattern'].map((t) => h('th', null, t)))),
    h('tbody', null, rows.length ? rows : h('tr', null, h('td', { class: 'muted' }, a.duplicateOf ? 'Not coded: a near-duplicate of another article.' : 'No events were coded from this article.'))));

  const select = (item: number, scroll: 'text' | 'row' | null) => {
    for (const m of text.querySelectorAll('mark.active')) m.classList.remove('active');
    for (const r of table.querySelectorAll('tr.active')) r.classList.remove('active');
    const marks = [...text.querySelectorAll<HTMLElement>('mark[data-items]')].filter((m) => m.dataset.items!.split(' ').includes(String(item)));
    for (const m of marks) m.classList.add('active');
    const row = table.querySelector<HTMLElement>(`tr[data-item="${item}"]`);
    row?.classList.add('active');
    if (scroll === 'text') marks[0]?.scrollIntoView({ block: 'center' });
    if (scroll === 'row') row?.scrollIntoView({ block: 'nearest' });
  };
  table.addEventListener('click', (e) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-item]');
    if (row) select(Number(row.dataset.item), 'text');
  });
  table.addEventListener('keydown', (e) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-item]');
    if (row && e.key === 'Enter') select(Number(row.dataset.item), 'text');
  });
  text.addEventListener('click', (e) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-items]');
    const first = mark?.dataset.items?.split(' ').map(Number).find((n) => n >= 0);
    if (first !== undefined) select(first, 'row');
  });

  const quotes = h('ul', { class: 'quotes' }, a.quotes.length ? a.quotes.map((q) => h('li', null,
    h('span', { class: 'speaker' }, q.speaker ? [h('b', null, q.speaker.code ?? '?'), ' ', q.speaker.text] : h('span', { class: 'muted' }, 'unknown speaker')),
    q.verb ? h('span', { class: 'muted' }, ` ${q.verb.text}: `) : ': ',
    h('q', null, q.quote.text),
  )) : h('li', { class: 'muted' }, 'No quotations.'));

  const link = a.url ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : null;
  fill(main,
    h('h2', null, a.title ?? 'Untitled article'),
    h('dl', { class: 'meta' },
      h('dt', null, 'Published'), h('dd', null, a.published ?? 'unknown', h('span', { class: 'muted' }, ` (from ${a.dateOrigin}${a.dateBasis ? `: ${a.dateBasis}` : ''})`)),
      a.outlet ? [h('dt', null, 'Outlet'), h('dd', null, a.outlet)] : null,
      a.byline ? [h('dt', null, 'By'), h('dd', null, a.byline)] : null,
      a.url ? [h('dt', null, 'URL'), h('dd', null, link ?? a.url)] : null,
      h('dt', null, 'Id'), h('dd', null, a.id, h('span', { class: 'muted' }, ` (read from ${a.origin})`)),
      a.duplicateOf ? [h('dt', null, 'Duplicate of'), h('dd', null, h('a', { href: `#/article/${encodeURIComponent(a.duplicateOf)}` }, a.duplicateOf),
        a.similarity !== null ? ` (similarity ${a.similarity.toFixed(2)})` : '')] : null),
    legend(),
    text,
    h('h3', null, `Events (${a.events.length})`),
    table,
    h('h3', null, `Quotes (${a.quotes.length})`),
    quotes,
  );
  const wanted = params.get('event');
  const item = wanted ? a.events.findIndex((e) => e.id === wanted) : -1;
  if (item >= 0) select(item, 'text');
};
