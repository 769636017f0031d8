// Headlines drop articles and use the present tense ("North Korea blows up liaison office"), and the tagger then
// reads the verb as a plural noun. A plural noun right after a name and before a particle, article or name is a verb.
import type { Token } from './types.js';

const NEXT = new Set(['ADP', 'DET', 'PROPN', 'NUM', 'PART', 'NOUN', 'ADJ']);

export function retagHeadlineVerbs(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || !/^[a-z]+s$/.test(t.norm) || t.norm.endsWith('ss') || tokens[i - 1].pos !== 'PROPN' || !NEXT.has(tokens[i + 1].pos)) continue;
    t.pos = 'VERB';
    t.lemma = /(?:ches|shes|sses|xes|zes)$/.test(t.norm) ? t.norm.slice(0, -2) : /ies$/.test(t.norm) ? t.norm.slice(0, -3) + 'y' : t.norm.slice(0, -1);
    return;
  }
}
