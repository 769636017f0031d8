// The tagger sometimes misreads verbs: "staged" lemmatised as "stag", "would free" tagged as an adjective.
// Given the verbs dyad knows, these helpers recover the verb.
import type { Token } from './types.js';

/** Base forms a verb token may have, most likely first: the tagger's lemma, an irregular form, suffixes undone. */
function candidates(t: Token, irregular: Map<string, string>): string[] {
  const w = t.norm;
  const out = [t.lemma];
  const base = irregular.get(w);
  if (base) out.unshift(base);
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
export function verbLemma(t: Token, known: (lemma: string) => boolean, irregular: Map<string, string>): string | null {
  for (const c of candidates(t, irregular)) if (c.length > 1 && known(c)) return c;
  return null;
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'PRON']);

/**
 * Verbs the tagger read as nouns or adjectives: right after a modal or "to" ("would free 150 prisoners"), and a
 * past form between a name or noun and the start of an object ("Police tortured a man", "Sisi overthrew Mursi").
 */
export function retagVerbs(tokens: Token[], modals: Map<string, unknown>, known: (lemma: string) => boolean, irregular: Map<string, string>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1];
    const afterModal = modals.has(prev.norm) || (prev.norm === 'to' && prev.pos === 'PART') ||
      // "is currently striking targets": a progressive read as an adjective.
      (t.norm.endsWith('ing') && (prev.pos === 'AUX' || (prev.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX')) && OBJECT_START.has(tokens[i + 1]?.pos ?? ''));
    const pastForm = (/ed$/.test(t.norm) || irregular.has(t.norm)) && (prev.pos === 'PROPN' || prev.pos === 'NOUN') &&
      OBJECT_START.has(tokens[i + 1]?.pos ?? '') && !tokens.some((u) => u.pos === 'VERB');
    if (!afterModal && !pastForm) continue;
    const v = verbLemma(t, known, irregular);
    if (v) { t.pos = 'VERB'; t.lemma = v; }
  }
}
