// When two event records are the same event: same source, target, CAMEO code and date (GDELT's notion, which
// makes one event of many reports). Records with the same key become mentions of one stored event.
import type { ActorRef, EventRecord } from '../types.js';

/** An actor's part of the key: its code, or its wording when no dictionary knew it (so unknowns never pool). */
function actorPart(a: ActorRef | null): string {
  if (a === null) return '-';
  return a.code ?? `?${a.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function eventKey(e: EventRecord): string {
  // An undated event can only be matched within its own article: across articles we cannot tell it is the same.
  const when = e.date ?? `?${e.article}`;
  // "did not attack" and "may attack" are not reports of "attacked".
  const m = e.modality;
  const mode = `${m.negated ? 'n' : ''}${m.hypothetical ? 'h' : ''}${m.future ? 'f' : ''}`;
  return [actorPart(e.source), actorPart(e.target), e.cameo, when, mode].join('|');
}
