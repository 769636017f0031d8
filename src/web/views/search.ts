// Full-text search over the stored articles; hits show a snippet with the matched words marked.
import { get } from '../api.js';
import type { SearchHit } from '../api-types.js';
import { fill, h, num } from '../dom.js';
import type { View } from '../router.js';

export const searchView: View = async (main, params) => {
  const q = params.get('q') ?? '';
  const form = h('form', { class: 'filters', role: 'search', on: { submit: (e) => {
    e.preventDefault();
    const v = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim();
    location.hash = `#/search?${new URLSearchParams({ q: v })}`;
  } } },
  h('input', { name: 'q', value: q, placeholder: 'words, "a phrase", nuclear OR missile', 'aria-label': 'search', class: 'wide' }),
  h('button', { type: 'submit' }, 'Search'));
  if (!q) { fill(main, h('h2', null, 'Search'), form); return; }
  const r = await get<{ total: number; hits: SearchHit[] }>('search', { q, limit: 50 });
  fill(main, h('h2', null, 'Search'), form,
    h('p', { class: 'muted' }, `${num(r.total)} article${r.total === 1 ? '' : 's'} match`, r.total > r.hits.length ? ` (best ${r.hits.length} shown)` : '', '.'),
    h('ol', { class: 'hits' }, r.hits.map((x) => h('li', null,
      h('a', { href: `#/article/${encodeURIComponent(x.id)}` }, x.title ?? x.id),
      h('span', { class: 'muted' }, ` ${[x.published, x.outlet, `${x.events} events`].filter(Boolean).join(' · ')}`),
      h('div', { class: 'snippet' }, x.snippet.map((p) => (p.hit ? h('mark', null, p.text) : p.text))),
    ))));
};
