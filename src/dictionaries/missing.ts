// `dyad dict missing`: what a corpus names that no dictionary covers, most frequent first, so a user can grow the
// dictionaries where it matters (what PETRARCH's null-actor and null-verb modes showed). Actor-like phrases are
// names no dictionary knows ("Minerva McGonagall") and a capitalised modifier before a noun that is not an actor
// ("Rohingya refugees"); verbs are the lemmas of clause heads with no pattern, when an actor is their subject.
import type { Model } from '../model.js';
import type { Mention } from '../actors/types.js';
import type { Token } from '../nlp/types.js';
import { segment } from '../nlp/segment.js';
import { ArticleContext } from '../actors/context.js';
import { findMentions } from '../actors/find-mentions.js';
import { phraseMarks, verbGroups } from '../clauses/verb-groups.js';
import { verbLemma } from '../nlp/verb-forms.js';
import { attachArguments, indexMentions, isActorLike } from '../clauses/arguments.js';
import { discardedSentences } from './discards.js';

export interface Missing {
  kind: 'actor' | 'verb';
  phrase: string;
  count: number;
  /** Articles it appears in. */
  articles: number;
  example: string;
}

interface Tally { phrase: string; count: number; articles: Set<string>; example: string }

export class MissingCounter {
  private actors = new Map<string, Tally>();
  private verbs = new Map<string, Tally>();

  constructor(private model: Model) {}

  add(article: { id: string; text: string; date: string | null }): void {
    const m = this.model;
    const doc = segment(article.text);
    const ctx = new ArticleContext(article.date);
    const skip = discardedSentences(m.discards, doc.sentences);
    const known = (lemma: string) => m.verbs.byLemma.has(lemma);
    for (const s of doc.sentences) {
      if (!s.tokens.length || s.kind === 'dateline' || skip.has(s.index)) continue;
      const quoted = new Uint8Array(s.tokens.length);
      const { mentions, inner } = findMentions(s, m.actors, m.grammar, ctx, quoted);
      const here = new Set<string>();
      for (const x of [...mentions, ...inner]) {
        const phrase = unknownActor(s.tokens, x);
        if (phrase && !here.has(phrase)) { here.add(phrase); tally(this.actors, phrase, article.id, s.text); }
      }
      const idx = indexMentions(s.tokens.length, mentions, inner);
      const inPhrase = phraseMarks(s.tokens.length, mentions);
      const clauses = verbGroups(s.tokens, m.grammar, quoted, inPhrase, (t) => m.verbs.forms.get(t.norm) ?? verbLemma(t, known, m.grammar.irregular));
      attachArguments(s.tokens, clauses, idx, m.grammar);
      for (const c of clauses) {
        const head = s.tokens[c.head];
        if (head.pos !== 'VERB' || known(c.lemma) || m.grammar.reporting.has(c.lemma)) continue;
        if (!(c.passive ? c.byAgent : c.subject).some((x) => isActorLike(x) && x.code)) continue;
        tally(this.verbs, c.lemma, article.id, s.text);
      }
    }
  }

  /** The most frequent first (ties: more articles, then alphabetical), `top` of each kind. */
  result(top: number): Missing[] {
    const rank = (kind: Missing['kind'], map: Map<string, Tally>): Missing[] => [...map.values()]
      .sort((a, b) => b.count - a.count || b.articles.size - a.articles.size || (a.phrase < b.phrase ? -1 : 1))
      .slice(0, top)
      .map((t) => ({ kind, phrase: t.phrase, count: t.count, articles: t.articles.size, example: t.example }));
    return [...rank('actor', this.actors), ...rank('verb', this.verbs)];
  }
}

function tally(map: Map<string, Tally>, phrase: string, article: string, sentence: string): void {
  const key = phrase.toLowerCase();
  const t = map.get(key) ?? { phrase, count: 0, articles: new Set<string>(), example: sentence };
  t.count++;
  t.articles.add(article);
  map.set(key, t);
}

const CAPITAL = /^\p{Lu}/u;

/**
 * The phrase a mention offers as a missing actor: a name no dictionary knows (its run of capitalised words), or a
 * capitalised modifier and the head noun of a phrase no dictionary coded ("Rohingya refugees"); else null.
 */
function unknownActor(tokens: Token[], m: Mention): string | null {
  if (m.code || m.kind === 'pronoun') return null;
  const words = tokens.slice(m.start, m.end);
  if (m.kind === 'named') {
    const run = capitalRun(words);
    return run.length ? run.map((t) => t.text).join(' ') : null;
  }
  if (m.kind !== 'thing') return null;
  const head = words[words.length - 1];
  if (head.pos !== 'NOUN' || CAPITAL.test(head.text)) return null;
  const mods = words.slice(0, -1).filter((t) => (t.pos === 'ADJ' || t.pos === 'PROPN') && CAPITAL.test(t.text));
  // A sentence's first word is capitalised anyway.
  if (!mods.length || (mods[0] === tokens[0] && mods.length === 1)) return null;
  return `${mods.map((t) => t.text).join(' ')} ${head.lemma}`;
}

/** The longest run of capitalised proper-noun tokens (hyphens and "of" inside a name allowed). */
function capitalRun(words: Token[]): Token[] {
  let best: Token[] = [];
  let cur: Token[] = [];
  for (const t of words) {
    if ((t.pos === 'PROPN' && CAPITAL.test(t.text)) || (cur.length && t.norm === 'of')) cur.push(t);
    else { if (cur.length > best.length) best = cur; cur = []; }
  }
  if (cur.length > best.length) best = cur;
  while (best.length && best[best.length - 1].norm === 'of') best = best.slice(0, -1);
  return best;
}
