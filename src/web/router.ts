// Hash routes: #/overview, #/dyad?a=PRK&b=KOR, #/events?quad=4, #/article/ID, #/search?q=...
export type View = (main: HTMLElement, params: URLSearchParams, rest: string) => Promise<void>;

export interface Route {
  name: string;
  /** The part of the path after the route name (the article id). */
  rest: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q >= 0 ? body.slice(0, q) : body;
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : '');
  const slash = path.indexOf('/');
  return { name: (slash >= 0 ? path.slice(0, slash) : path) || 'overview', rest: slash >= 0 ? path.slice(slash + 1) : '', params };
}
