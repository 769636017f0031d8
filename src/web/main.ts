// The dashboard's entry: navigation, the token prompt, and one view at a time in <main>.
import { ApiError, setToken, token } from './api.js';
import { loading, notice } from './components.js';
import { fill, h } from './dom.js';
import { parseHash, type View } from './router.js';
import { articleView } from './views/article.js';
import { dyadView } from './views/dyad.js';
import { eventsView } from './views/events.js';
import { overview } from './views/overview.js';
import { searchView } from './views/search.js';

const VIEWS: Record<string, View> = { overview, dyad: dyadView, events: eventsView, article: articleView, search: searchView };

const main = document.getElementById('main') as HTMLElement;
let current = 0;

function tokenForm(message: string): HTMLElement {
  return h('form', { class: 'token', on: { submit: (e) => {
    e.preventDefault();
    setToken(String(new FormData(e.target as HTMLFormElement).get('token') ?? '').trim() || null);
    void render();
  } } },
  notice('info', message),
  h('label', null, 'Token ', h('input', { name: 'token', type: 'password', 'aria-label': 'token' })),
  h('button', { type: 'submit' }, 'Use token'));
}

async function render(): Promise<void> {
  const run = ++current;
  const route = parseHash(location.hash);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    a.classList.toggle('active', a.dataset.route === route.name || (route.name === 'article' && a.dataset.route === 'events'));
  }
  const view = VIEWS[route.name];
  if (!view) { fill(main, notice('error', `No page "${route.name}".`)); return; }
  fill(main, loading());
  // A view renders into a detached element, so a slow answer never overwrites a newer page.
  const target = h('div', { class: 'view', data: { view: route.name } });
  try {
    await view(target, route.params, route.rest);
    if (run === current) fill(main, target);
  } catch (e) {
    if (run !== current) return;
    if (e instanceof ApiError && e.status === 401) {
      fill(main, tokenForm(token() ? 'That token was not accepted. This server needs its token to show data.' : 'This server is private: enter its token.'));
      return;
    }
    const text = e instanceof ApiError ? `${e.message} (${e.code})` : `Something went wrong: ${(e as Error).message}`;
    fill(main, notice('error', text));
  }
}

window.addEventListener('hashchange', () => void render());
void render();
