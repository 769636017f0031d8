// Building the page: elements from tags, attributes and children, text always as text nodes. Nothing in the
// dashboard assigns innerHTML, so article text, titles and actor names can never become markup.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  id?: string;
  title?: string;
  /** Only '#...' (the dashboard's own routes) and http(s) URLs are linked; anything else (javascript:, data:) is not. */
  href?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  role?: string;
  list?: string;
  tabindex?: string;
  'aria-label'?: string;
  'aria-sort'?: string;
  'aria-live'?: string;
  target?: string;
  rel?: string;
  min?: string;
  max?: string;
  selected?: boolean;
  disabled?: boolean;
  open?: boolean;
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

/** A link target that cannot run anything: the dashboard's own hash routes or an absolute http(s) URL. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('#')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, ...c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v as string;
      else if (k === 'data') for (const [dk, dv] of Object.entries(v as Record<string, string>)) el.dataset[dk] = dv;
      else if (k === 'on') for (const [ev, fn] of Object.entries(v as Record<string, EventListener>)) el.addEventListener(ev, fn);
      else if (k === 'href') { const safe = safeHref(v as string); if (safe) el.setAttribute('href', safe); }
      else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = v as string;
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, ...children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Replaces an element's content. */
export function fill(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, ...children);
}

export const fmt = new Intl.NumberFormat('en-US');
export const num = (n: number) => fmt.format(n);
export const signed = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : (n > 0 ? '+' : '') + n.toFixed(2));
