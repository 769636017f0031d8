// The parts of an event record (src/types.ts, DESIGN.md) that scoring reads, and small readers over them.
import type { EventRecord } from '../../src/types.js';

export interface ActorLike {
  text: string;
  code?: string | null;
  country?: string | null;
  agent?: string | null;
}

/** What scoring needs from an event record; every EventRecord is one (checked below). */
export interface EventLike {
  article: string;
  sentence?: number;
  text?: string;
  date?: string | null;
  source: ActorLike | null;
  target: ActorLike | null;
  cameo: string;
  root?: string;
  plover?: { type: string | null; mode?: string | null } | null;
}

// Compile-time check that the record contract still satisfies what scoring reads.
export const asEventLike = (e: EventRecord): EventLike => e;

/** Value used for an absent actor (an event without a target). */
export const ABSENT = '-';
/** Value used for an actor the coder found but could not resolve to any code, country or agent. */
export const UNRESOLVED = '?';

/** The CAMEO root as two digits ("112" -> "11"), from `root` when present, else from `cameo`. */
export function rootOf(e: Pick<EventLike, 'cameo' | 'root'>): string {
  const r = (e.root && e.root.length > 0 ? e.root : e.cameo ?? '').slice(0, 2);
  return r.length === 1 ? `0${r}` : r;
}

/** Country of an actor code: its first three letters, any IGO code counting as IGO. */
export function countryOfCode(code: string | null | undefined): string {
  const c = (code ?? '').trim().toUpperCase();
  if (c === '') return ABSENT;
  return c.startsWith('IGO') ? 'IGO' : c.slice(0, 3);
}

/**
 * Country of a coded actor: from its code; without a code, its `country` field; an actor known only by its agent
 * (troops, rebels) is `---` as PETRARCH writes it; an actor with nothing resolved matches no gold country.
 */
export function countryOfActor(a: ActorLike | null | undefined): string {
  if (!a) return ABSENT;
  if (a.code && a.code.trim() !== '') return countryOfCode(a.code);
  if (a.country && a.country.trim() !== '') return countryOfCode(a.country);
  if (a.agent && a.agent.trim() !== '') return '---';
  return UNRESOLVED;
}

/** True for records that look like events (the coder may print other records, such as quotes, on the same stream). */
export function isEventLike(x: unknown): x is EventLike {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.cameo === 'string' && typeof r.article === 'string' && 'source' in r;
}

/** One line for error listings: `SRC "text" -> TGT "text" 112 ACCUSE`. */
export function describeEvent(e: EventLike): string {
  const actor = (a: ActorLike | null) => (a ? `${a.code ?? '?'} "${a.text}"` : '(none)');
  const plover = e.plover?.type ? ` ${e.plover.type}` : '';
  return `${actor(e.source)} -> ${actor(e.target)} ${e.cameo}${plover}`;
}

/** Groups events by their `article`, keeping output order within each. */
export function byArticle(events: EventLike[]): Map<string, EventLike[]> {
  const out = new Map<string, EventLike[]>();
  for (const e of events) {
    const list = out.get(e.article);
    if (list) list.push(e);
    else out.set(e.article, [e]);
  }
  return out;
}
