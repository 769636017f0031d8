// An event draft -> the published event record (DESIGN.md's contract, schema/event.schema.json).
import { createHash } from 'node:crypto';
import type { ActorRef, Article, EventRecord, Modality } from '../types.js';
import type { Sentence } from '../nlp/types.js';
import type { Mention } from '../actors/types.js';
import type { Model } from '../model.js';
import type { QuoteSpan } from '../quotes/quote-spans.js';
import type { EventDraft } from './code-clauses.js';
import { goldsteinOf, ploverOf, quadClass } from './codebook.js';
import { eventDate } from '../time/event-date.js';
import { findCity } from '../place/gazetteer.js';

/** An actor as the record shows it; a pronoun with an antecedent in the same sentence shows the antecedent. */
export function actorRef(m: Mention): ActorRef {
  const at = m.ref ?? m;
  const extent = at.extent;
  return { text: extent?.text ?? at.text, code: recordCode(m), country: m.country, agent: m.agent, start: at.charStart, end: extent?.charEnd ?? at.charEnd };
}

/**
 * An actor known only by its agent ("rebels", "the government" with no country in sight) is written as PETRARCH
 * writes it, `---REB`: the three dashes hold the country's place, so the first three letters of every code are its
 * country (or IGO/NGO/IMG class) and "REB" is never read as one.
 */
function recordCode(m: Mention): string | null {
  if (!m.code || m.country || !m.agent || !m.code.startsWith(m.agent)) return m.code;
  return `---${m.code}`;
}

export function toEventRecord(article: Article, s: Sentence, d: EventDraft, spans: QuoteSpan[], model: Model, asides: Array<[number, number]> = []): EventRecord {
  const verb = s.tokens[d.clause.head];
  const cameo = d.framed?.code ?? d.match.pattern.code;
  const root = cameo.slice(0, 2);
  const tense = d.clause.future ? 'future' : verb.norm === verb.lemma && d.clause.groupStart === d.clause.head ? 'present' : 'past';
  const when = eventDate({ sentence: s.text, articleDate: article.date, verbStart: verb.start, tense, asides });
  // A framed event is the statement of intent, threat, refusal or appeal itself: that happened.
  const framed = d.framed !== null;
  const modality: Modality = {
    negated: !framed && d.clause.negated,
    hypothetical: !framed && d.clause.hypothetical,
    future: !framed && d.clause.future,
    historical: !!(when && article.date && when.basis !== 'article date' && isLongBefore(when.date, article.date)),
  };
  const plover = ploverOf(model.codebook, cameo);
  const quote = spans.find((q) => q.start <= verb.start && verb.end <= q.end) ?? null;
  const source = actorRef(d.source);
  const target = d.target ? actorRef(d.target) : null;
  const id = createHash('sha1')
    .update([article.id, s.index, source.code ?? source.text, source.start, cameo, target?.code ?? target?.text ?? '', target?.start ?? ''].join('\u0001'))
    .digest('hex').slice(0, 20);
  return {
    id,
    article: article.id,
    sentence: s.index,
    text: s.text,
    date: when?.date ?? null,
    dateBasis: when?.basis ?? 'no date: the article has none and the sentence gives none',
    source,
    target,
    cameo,
    root,
    quadClass: quadClass(root),
    goldstein: goldsteinOf(model.codebook, cameo),
    plover: { type: plover?.type ?? '', mode: ploverMode(modality) ?? plover?.mode ?? null },
    modality,
    location: d.place ? placeRef(d.place) : null,
    evidence: {
      verb: { text: verb.text, start: verb.start, end: verb.end },
      pattern: d.framed ? `${d.match.pattern.id} + ${d.framed.id}` : d.match.pattern.id,
      quote: quote ? { text: s.text.slice(quote.start, quote.end), start: quote.start, end: quote.end } : null,
      source: d.source.via,
      target: d.targetIsPlace ? `the place "${d.place?.text}" (no other party named)` : d.target?.via ?? null,
      reportedBy: d.reportedBy ? actorRef(d.reportedBy) : null,
    },
  };
}

/** A place with its country, and coordinates when the gazetteer knows it (a capital is found there too). */
function placeRef(m: Mention): NonNullable<EventRecord['location']> {
  const geo = m.geo ?? (m.capital ? findCity(m.text) : null);
  return geo ? { text: m.text, country: m.country, lat: geo.lat, lon: geo.lon } : { text: m.text, country: m.country };
}

/** PLOVER's modes: negated, hypothetical, future; past events far before the report are historical. */
function ploverMode(m: Modality): string | null {
  if (m.negated) return 'negated';
  if (m.hypothetical) return 'hypothetical';
  if (m.future) return 'future';
  if (m.historical) return 'historical';
  return null;
}

function isLongBefore(date: string, ref: string): boolean {
  const d = Date.parse(date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date);
  return Number.isFinite(d) && Date.parse(ref) - d > 30 * 86400000;
}
