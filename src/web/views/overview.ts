// The morning view: what the store holds, the busiest dyads and actors of a period, the latest alerts.
import { get } from '../api.js';
import type { Alerts, Stats, TopActor, TopDyad } from '../api-types.js';
import { h, fill, num, signed } from '../dom.js';
import { notice } from '../components.js';
import { QUADS } from '../format.js';
import type { View } from '../router.js';

function quadBar(quad: number[], total: number): HTMLElement {
  return h('span', { class: 'quadbar', title: QUADS.map((q, i) => `${q.label}: ${quad[i]}`).join(', ') },
    QUADS.map((q, i) => (quad[i] ? h('span', { class: `seg ${q.cls}`, data: { share: String(Math.round((quad[i] / total) * 100)) } }) : null)));
}

/** Bar widths are set through CSSOM (never a style attribute in markup). */
function sizeBars(root: HTMLElement): void {
  for (const seg of root.querySelectorAll<HTMLElement>('.quadbar .seg')) seg.style.width = `${seg.dataset.share}%`;
}

export const overview: View = async (main, params) => {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = { from, to };
  const [stats, dyads, actors, alerts] = await Promise.all([
    get<Stats>('stats'),
    get<{ from: string | null; to: string | null; dyads: TopDyad[] }>('top/dyads', { ...range, limit: 15 }),
    get<{ actors: TopActor[] }>('top/actors', { ...range, limit: 15 }),
    get<Alerts>('alerts', { limit: 10, events: 1 }),
  ]);
  const form = h('form', { class: 'filters', on: { submit: (e) => {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    location.hash = `#/overview?${new URLSearchParams({ from: String(f.get('from') ?? ''), to: String(f.get('to') ?? '') })}`;
  } } },
  h('label', null, 'From ', h('input', { type: 'date', name: 'from', value: dyads.from ?? '' })),
  h('label', null, 'To ', h('input', { type: 'date', name: 'to', value: dyads.to ?? '' })),
  h('button', { type: 'submit' }, 'Show'));

  const period = dyads.from || dyads.to ? `${dyads.from ?? '…'} to ${dyads.to ?? '…'}` : 'all dates';
  const dyadTable = h('table', { class: 'top dyads' },
    h('thead', null, h('tr', null, h('th', null, 'Dyad'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'A→B'), h('th', { class: 'num' }, 'B→A'), h('th', null, 'Quad classes'), h('th', { class: 'num' }, 'Mean Goldstein'))),
    h('tbody', null, dyads.dyads.length ? dyads.dyads.map((d) => h('tr', null,
      h('td', null, h('a', { href: `#/dyad?${new URLSearchParams({ a: d.a, b: d.b })}` }, `${d.a} – ${d.b}`),
        h('div', { class: 'muted small' }, `${d.aName ?? d.a} – ${d.bName ?? d.b}`)),
      h('td', { class: 'num' }, num(d.events)), h('td', { class: 'num' }, num(d.ab)), h('td', { class: 'num' }, num(d.ba)),
      h('td', null, quadBar(d.quad, d.events)), h('td', { class: 'num' }, signed(d.goldsteinMean)),
    )) : h('tr', null, h('td', { class: 'muted' }, 'No dyads in this period.'))));
  const actorTable = h('table', { class: 'top actors' },
    h('thead', null, h('tr', null, h('th', null, 'Actor'), h('th', { class: 'num' }, 'Events'), h('th', { class: 'num' }, 'As source'), h('th', { class: 'num' }, 'As target'), h('th', { class: 'num' }, 'Mean Goldstein'))),
    h('tbody', null, actors.actors.length ? actors.actors.map((a) => h('tr', null,
      h('td', null, h('a', { href: `#/events?${new URLSearchParams({ actor: a.actor, ...(dyads.from ? { from: dyads.from } : {}), ...(dyads.to ? { to: dyads.to } : {}) })}` }, a.actor),
        a.name ? h('div', { class: 'muted small' }, a.name) : null),
      h('td', { class: 'num' }, num(a.events)), h('td', { class: 'num' }, num(a.asSource)), h('td', { class: 'num' }, num(a.asTarget)),
      h('td', { class: 'num' }, signed(a.goldsteinMean)),
    )) : h('tr', null, h('td', { class: 'muted' }, 'No actors in this period.'))));
  const alertList = h('ul', { class: 'alerts' }, alerts.alerts.length ? alerts.alerts.map((a) => h('li', null,
    h('a', { href: `#/dyad?${new URLSearchParams({ a: a.a, b: a.b, by: a.by, pick: a.period })}` }, h('b', null, `${a.a} – ${a.b}`), ` ${a.by} of ${a.period}`),
    h('span', { class: 'muted' }, ` intensity ${a.intensity} (${a.events} events) against ${a.mean} ± ${a.std}, z ${a.z}`),
    a.eventList[0] ? h('div', { class: 'small' }, `“${a.eventList[0].text}”`) : null,
  )) : h('li', { class: 'muted' }, 'No alerts: no dyad departs sharply from its own baseline.'));

  fill(main,
    h('h2', null, 'Overview'),
    h('p', { class: 'muted' }, `${num(stats.articles)} articles, ${num(stats.events)} events (${num(stats.mentions)} reports), ${num(stats.quotes)} quotes`,
      stats.first ? `, dated ${stats.first} to ${stats.last}` : '', '.'),
    stats.events === 0 ? notice('info', 'The store is empty. Add articles with "dyad ingest", or POST them to /api/articles.') : null,
    form,
    h('div', { class: 'cols' },
      h('section', null, h('h3', null, `Top dyads, ${period}`), dyadTable),
      h('section', null, h('h3', null, `Top actors, ${period}`), actorTable)),
    h('section', null, h('h3', null, 'Latest alerts'), alertList),
  );
  sizeBars(main);
};
