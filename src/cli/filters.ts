// The event filters query and export share: options -> EventFilter, with bad values as usage errors.
import { DyadError } from '../errors.js';
import type { EventFilter } from '../store/event-query.js';
import { isoDate, one, type ParsedArgs } from './args.js';

export const FILTER_OPTIONS = {
  actor: 'one', country: 'one', dyad: 'one', cameo: 'one', root: 'one', plover: 'one', quad: 'one', from: 'one', to: 'one', text: 'one',
} as const;

export const FILTER_HELP = `Filters (combine freely; all must hold):
  --actor CODE           source or target actor code starts with CODE (PRK matches PRK, PRKGOV, PRKMIL).
  --country XXX          source or target country is XXX.
  --dyad A,B             events between A and B in either direction (code prefixes).
  --cameo CODE           CAMEO code starts with CODE ("19" is every fight, "112" accusations).
  --root NN              CAMEO root NN exactly.
  --plover TYPE          PLOVER event type (ACCUSE, ASSAULT, ...).
  --quad N[,N]           quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
  --from YYYY-MM-DD      event date on or after (month- or year-precise dates match when they overlap).
  --to YYYY-MM-DD        event date on or before.
  --text "WORDS"         full-text search (FTS5) over the articles' titles and text: events from matching articles.`;

const CODE = /^[A-Za-z0-9]{1,15}$/;

function code(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (!CODE.test(v)) throw new DyadError('DYAD_ERR_USAGE', `--${name} must be a code of letters and digits, not "${v}"`);
  return v.toUpperCase();
}

export function readFilter(p: ParsedArgs): EventFilter {
  const f: EventFilter = {};
  f.actor = code(one(p, 'actor'), 'actor');
  f.country = code(one(p, 'country'), 'country');
  const dyad = one(p, 'dyad');
  if (dyad !== undefined) {
    const [a, b, ...rest] = dyad.split(',').map((s) => s.trim());
    if (!a || !b || rest.length) throw new DyadError('DYAD_ERR_USAGE', `--dyad wants two codes as A,B, not "${dyad}"`);
    f.dyad = [code(a, 'dyad')!, code(b, 'dyad')!];
  }
  const cameo = one(p, 'cameo');
  if (cameo !== undefined && !/^\d{1,4}$/.test(cameo)) throw new DyadError('DYAD_ERR_USAGE', `--cameo must be 1 to 4 digits, not "${cameo}"`);
  f.cameo = cameo;
  const root = one(p, 'root');
  if (root !== undefined && !/^(0?[1-9]|1\d|20)$/.test(root)) throw new DyadError('DYAD_ERR_USAGE', `--root must be a CAMEO root 01..20, not "${root}"`);
  f.root = root?.padStart(2, '0');
  f.plover = one(p, 'plover')?.toUpperCase();
  const quad = one(p, 'quad');
  if (quad !== undefined) {
    const qs = quad.split(',').map((s) => Number(s.trim()));
    if (qs.some((q) => ![1, 2, 3, 4].includes(q))) throw new DyadError('DYAD_ERR_USAGE', `--quad must be 1, 2, 3 or 4 (comma-separated), not "${quad}"`);
    f.quad = qs;
  }
  f.from = isoDate(one(p, 'from'), '--from') ?? undefined;
  f.to = isoDate(one(p, 'to'), '--to') ?? undefined;
  f.text = one(p, 'text');
  for (const k of Object.keys(f) as (keyof EventFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}
