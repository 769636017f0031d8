// Shared by the store, ingest, query and export tests: temporary folders, made-up records, the fixture folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRecord, QuoteRecord } from '../src/types.js';
import type { CodedArticle } from '../src/pipeline.js';
import type { SourceArticle } from '../src/ingest/types.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'store');
export const fixture = (name: string) => path.join(FIXTURES, name);

export function tmp(prefix = 'dyad-store-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sourceArticle(id: string, text: string, over: Partial<SourceArticle> = {}): SourceArticle {
  return {
    id, text, date: '2020-06-17', title: null, url: null, byline: null, outlet: null,
    dateOrigin: 'user', dateBasis: '--date', origin: `test:${id}`, bytes: text.length, ...over,
  };
}

/** A made-up event record, valid under the record contract; `over` replaces fields. */
export function event(article: string, n: number, over: Partial<EventRecord> = {}): EventRecord {
  const text = 'North Korea accused South Korea of violating the deal.';
  return {
    id: `${article}-e${n}`, article, sentence: 0, text, date: '2020-06-17', dateBasis: 'article date',
    source: { text: 'North Korea', code: 'PRK', country: 'PRK', agent: null, start: 0, end: 11 },
    target: { text: 'South Korea', code: 'KOR', country: 'KOR', agent: null, start: 21, end: 32 },
    cameo: '112', root: '11', quadClass: 3, goldstein: -2, plover: { type: 'ACCUSE', mode: null },
    modality: { negated: false, hypothetical: false, future: false, historical: false },
    location: null,
    evidence: { verb: { text: 'accused', start: 12, end: 19 }, pattern: 'data/verbs/11-disapprove.txt:1', quote: null },
    ...over,
  };
}

export function quote(article: string, n: number): QuoteRecord {
  return {
    id: `${article}-q${n}`, article, sentence: 1, text: '"We will not back down," the minister said.',
    quote: { text: 'We will not back down,', start: 1, end: 23 }, speaker: null,
    speakerSentence: null, verb: { text: 'said', start: 38, end: 42 },
  };
}

export function coded(a: SourceArticle, events: EventRecord[], quotes: QuoteRecord[] = []): CodedArticle {
  const sentences = a.text.split('\n').map((t, index, all) => ({
    index, text: t, start: all.slice(0, index).reduce((n, s) => n + s.length + 1, 0), paragraph: index, kind: 'body' as const,
  }));
  return { article: a, sentences, events, quotes };
}
