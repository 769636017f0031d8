// The flow, one stage a line: article -> sentences/tokens -> quotations -> actor mentions -> clauses ->
// speakers -> events (codes, dates) and quotes.
import { asideSpans } from './clauses/asides.js';
import type { Article, EventRecord, QuoteRecord } from './types.js';
import type { Model } from './model.js';
import type { Sentence, Token } from './nlp/types.js';
import { segment } from './nlp/segment.js';
import { ArticleContext } from './actors/context.js';
import { findMentions } from './actors/find-mentions.js';
import { phraseMarks, verbGroups } from './clauses/verb-groups.js';
import { retagVerbs, verbLemma } from './nlp/verb-forms.js';
import { attachArguments, indexMentions } from './clauses/arguments.js';
import { quoteSpans, type QuoteState } from './quotes/quote-spans.js';
import { bindFirstPerson, findSpeaker } from './quotes/speakers.js';
import { codeClauses } from './coder/code-clauses.js';
import { toEventRecord } from './coder/event-record.js';
import { toQuoteRecords } from './quotes/quote-record.js';
import { discardedSentences } from './dictionaries/discards.js';

/** A sentence as stored and shown: its text, its place in the article, and what kind of block it came from. */
export interface SentenceInfo {
  index: number;
  text: string;
  /** Offset in the article text. */
  start: number;
  paragraph: number;
  kind: Sentence['kind'];
}

export interface CodedArticle {
  article: Article;
  sentences: SentenceInfo[];
  events: EventRecord[];
  quotes: QuoteRecord[];
}

export function codeArticle(article: Article, model: Model): CodedArticle {
  const doc = segment(article.text);
  const ctx = new ArticleContext(article.date);
  const quoteState: QuoteState = { open: false, paragraph: -1 };
  const events: EventRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const discarded = discardedSentences(model.discards, doc.sentences);
  for (const s of doc.sentences) {
    if (!s.tokens.length || s.kind === 'dateline' || discarded.has(s.index)) continue;
    const quoted = new Uint8Array(s.tokens.length);
    const spans = quoteSpans(s, quoteState, quoted);
    let { mark, mentions, clauses, idx } = analyse(s, model, ctx, quoted);
    const said = spans.length ? findSpeaker(clauses) : null;
    // A quotation with no verb of saying of its own continues the previous speaker's only when it opens the
    // sentence right after that speaker spoke; scare quotes inside narrative have no speaker.
    const continues = spans.length > 0 && spans[0].start <= 1 && ctx.speakerSentence >= s.index - 2;
    const speaker = said?.speaker ?? (continues ? ctx.speaker : null);
    if (said && said.speaker !== ctx.speaker && spans.length) {
      // Read again with the speaker known, so that "we" and "our" inside the quotation resolve to it.
      ctx.rollback(mark);
      ctx.speaker = said.speaker;
      ({ mark, mentions, clauses, idx } = analyse(s, model, ctx, quoted));
      const again = findSpeaker(clauses);
      if (again) bindFirstPerson(mentions, quoted, again.speaker, model.grammar, ctx);
    } else if (speaker) bindFirstPerson(mentions, quoted, speaker, model.grammar, ctx);
    for (const c of clauses) if (!c.nonFinite && c.subject[0]) ctx.noteSubject(c.subject[0]);
    const asides = asideSpans(s.tokens, clauses, model.grammar);
    const drafts = codeClauses(s.tokens, clauses, idx, model.verbs, model.grammar, model.codebook);
    const seen = new Set<string>();
    for (const d of drafts) {
      const e = toEventRecord(article, s, d, spans, model, asides);
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      events.push(e);
    }
    quotes.push(...toQuoteRecords(article, s, spans, speaker, said?.verb ?? null));
  }
  const sentences = doc.sentences.map(({ index, text, start, paragraph, kind }) => ({ index, text, start, paragraph, kind }));
  return { article, sentences, events, quotes };
}

/** A one-word agent noun of the agent dictionary at token `i` ("troops"; not "security" of "security forces"). */
export function agentNounAt(m: Model, tokens: Token[], i: number): boolean {
  return m.actors.agents.longestAt(tokens, i, (a) => a.role === 'noun')?.end === i + 1;
}

/** Mentions, then clauses with their arguments: the part of a sentence's reading that a quotation can redo. */
function analyse(s: Sentence, m: Model, c: ArticleContext, quoted: Uint8Array) {
  const mark = c.mark();
  const known = (lemma: string) => m.verbs.byLemma.has(lemma);
  retagVerbs(s.tokens, m.grammar, known, (tokens, i) => agentNounAt(m, tokens, i));
  const { mentions, inner } = findMentions(s, m.actors, m.grammar, c, quoted);
  const idx = indexMentions(s.tokens.length, mentions, inner);
  const inPhrase = phraseMarks(s.tokens.length, mentions);
  // A form a dictionary lists names its verb outright ("left" is PETRARCH's LEFT, not the tagger's "leave").
  const clauses = verbGroups(s.tokens, m.grammar, quoted, inPhrase, (t) => m.verbs.forms.get(t.norm) ?? verbLemma(t, known, m.grammar.irregular));
  attachArguments(s.tokens, clauses, idx, m.grammar);
  return { mark, mentions, clauses, idx };
}

