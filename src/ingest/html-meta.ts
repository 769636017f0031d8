// A page's own metadata: title, byline, outlet, canonical URL and publication date, each with where it was found.
// The rules are the publishing conventions (Open Graph, schema.org JSON-LD, Dublin Core, <time>), most trusted first.

/** The DOM members we use. */
export interface MetaDocument {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMeta {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
  dateBasis: string | null;
}

type Rule = { basis: string; read: (d: MetaDocument, ld: LdObject[]) => string | null };
type LdObject = Record<string, unknown>;

const attr = (sel: string, name = 'content'): Rule['read'] => (d) => d.querySelector(sel)?.getAttribute(name)?.trim() || null;
const ldField = (field: string): Rule['read'] => (_d, ld) => {
  for (const o of ld) {
    const v = o[field];
    const s = typeof v === 'string' ? v : nameOf(v);
    if (s) return s.trim();
  }
  return null;
};

const DATE_RULES: Rule[] = [
  { basis: 'meta article:published_time', read: attr('meta[property="article:published_time"], meta[name="article:published_time"]') },
  { basis: 'meta itemprop=datePublished', read: attr('meta[itemprop="datePublished"]') },
  { basis: 'JSON-LD datePublished', read: ldField('datePublished') },
  { basis: 'meta og:published_time', read: attr('meta[property="og:published_time"]') },
  { basis: 'meta date', read: attr('meta[name="date"], meta[name="pubdate"], meta[name="publish-date"], meta[name="dc.date"], meta[name="DC.date.issued"], meta[name="dcterms.date"]') },
  { basis: '<time datetime>', read: attr('time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[datetime]', 'datetime') },
  { basis: 'JSON-LD dateCreated', read: ldField('dateCreated') },
];
const TITLE_RULES: Rule[] = [
  { basis: 'og:title', read: attr('meta[property="og:title"]') },
  { basis: 'JSON-LD headline', read: ldField('headline') },
  { basis: 'twitter:title', read: attr('meta[name="twitter:title"]') },
  { basis: '<title>', read: (d) => d.querySelector('title')?.textContent?.trim() || null },
];
const BYLINE_RULES: Rule[] = [
  { basis: 'meta author', read: attr('meta[name="author"]') },
  { basis: 'JSON-LD author', read: ldField('author') },
  { basis: 'meta dc.creator', read: attr('meta[name="dc.creator"], meta[name="DC.creator"]') },
];
const OUTLET_RULES: Rule[] = [
  { basis: 'og:site_name', read: attr('meta[property="og:site_name"]') },
  { basis: 'JSON-LD publisher', read: ldField('publisher') },
  { basis: 'application-name', read: attr('meta[name="application-name"]') },
];
const URL_RULES: Rule[] = [
  { basis: 'canonical', read: attr('link[rel="canonical"]', 'href') },
  { basis: 'og:url', read: attr('meta[property="og:url"]') },
];

/** schema.org names come as strings, {name}, or lists of either. */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as LdObject).name === 'string') return (v as LdObject).name as string;
  return null;
}

/** Every object in the page's JSON-LD blocks (through arrays and @graph); unreadable blocks are skipped. */
export function jsonLd(d: MetaDocument): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as LdObject);
      if ('@graph' in v) visit((v as LdObject)['@graph']);
    }
  };
  const scripts = d.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try { visit(JSON.parse(scripts[i].textContent ?? '')); } catch { /* a broken block is not the article */ }
  }
  return out;
}

function first(rules: Rule[], d: MetaDocument, ld: LdObject[], ok: (v: string) => string | null = (v) => v): { value: string | null; basis: string | null } {
  for (const r of rules) {
    const raw = r.read(d, ld);
    const v = raw ? ok(raw) : null;
    if (v) return { value: v, basis: r.basis };
  }
  return { value: null, basis: null };
}

export function pageMeta(d: MetaDocument, toDate: (raw: string) => string | null): PageMeta {
  const ld = jsonLd(d);
  const date = first(DATE_RULES, d, ld, toDate);
  const notUrl = (v: string) => (/^https?:\/\//.test(v) ? null : v);
  return {
    title: first(TITLE_RULES, d, ld).value,
    byline: first(BYLINE_RULES, d, ld, notUrl).value,
    outlet: first(OUTLET_RULES, d, ld).value,
    url: first(URL_RULES, d, ld).value,
    date: date.value,
    dateBasis: date.basis,
  };
}
