// The tagger sometimes misreads verbs: "staged" lemmatised as "stag", "would free" tagged as an adjective.
// Given the verbs dyad knows, these helpers recover the verb.
import type { Token } from './types.js';

/** Base forms a verb token may have, most likely first: the tagger's lemma, then suffixes undone. */
function candidates(t: Token): string[] {
  const w = t.norm;
  const out = [t.lemma];
  if (w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) out.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3) + 'e', w.slice(0, -3), w.slice(0, -4));
  if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  out.push(w);
  return out;
}

/** The first base form of the token that `known` accepts, or null. */
export function verbLemma(t: Token, known: (lemma: string) => boolean): string | null {
  for (const c of candidates(t)) if (c.length > 1 && known(c)) return c;
  return null;
}

/** "would free 150 prisoners", "to free them": right after a modal or "to", a known verb is a verb. */
export function retagAfterModals(tokens: Token[], modals: Set<string> | Map<string, unknown>, known: (lemma: string) => boolean): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1];
    if (!modals.has(prev.norm) && !(prev.norm === 'to' && prev.pos === 'PART')) continue;
    const v = verbLemma(t, known);
    if (v) { t.pos = 'VERB'; t.lemma = v; }
  }
}
