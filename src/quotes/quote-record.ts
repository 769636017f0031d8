// Quoted spans -> quote records with their speakers.
import { createHash } from 'node:crypto';
import type { Article, QuoteRecord } from '../types.js';
import type { Sentence } from '../nlp/types.js';
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import type { QuoteSpan } from './quote-spans.js';
import { actorRef } from '../coder/event-record.js';

export function toQuoteRecords(article: Article, s: Sentence, spans: QuoteSpan[], speaker: Mention | null, verb: Clause | null): QuoteRecord[] {
  return spans.filter((q) => q.end - q.start >= 2).map((q) => {
    const v = verb ? s.tokens[verb.head] : null;
    return {
      id: createHash('sha1').update(`${article.id}\u0001${s.index}\u0001${q.start}`).digest('hex').slice(0, 20),
      article: article.id,
      sentence: s.index,
      text: s.text,
      quote: { text: s.text.slice(q.start, q.end), start: q.start, end: q.end },
      speaker: speaker ? actorRef(speaker) : null,
      speakerSentence: speaker ? speaker.sentence ?? s.index : null,
      verb: v ? { text: v.text, start: v.start, end: v.end } : null,
    };
  });
}
