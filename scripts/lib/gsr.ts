// PETR2 GSR protocol: sentence-level units (sentence, source country, target country, CAMEO root or full code)
// scored with the whole-article machinery (one coder), plus root-only units that ignore actors.
import { readFileSync } from 'node:fs';
import { rootOf, type EventLike } from './events.js';
import { scoreSets, type SetScore } from './metrics.js';
import type { InputRecord } from './run-coder.js';
import { goldUnit, predictedUnit, scoreArticles, type ArticleScore, type GoldEvent } from './units.js';

export interface GsrSentence {
  id: string;
  date: string | null;
  text: string;
  category: string | null;
  gold: GoldEvent[];
}

export interface GsrSentenceResult {
  sentence: GsrSentence;
  events: EventLike[];
  gold: string[];
  predicted: string[];
  missed: string[];
  extra: string[];
}

export interface GsrResult {
  sentences: number;
  goldEvents: number;
  rootWithCountries: ArticleScore;
  codeWithCountries: ArticleScore;
  rootOnly: SetScore;
  perSentence: GsrSentenceResult[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decodeXml(m[2]);
  return out;
}

/** Punctuation a tokenizer split off the word before it, and brackets that open onto the next word. */
const CLOSES = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const OPENS = /^[([{$]$/;

/**
 * The sentence behind a CoNLL-U parse, for records whose `<Text>` is empty (one in the file): the FORM column joined
 * with spaces, except before punctuation and clitics the tokenizer split off and after opening brackets.
 */
export function textOfParse(conll: string): string {
  let out = '';
  let glue = true;
  for (const line of decodeXml(conll).split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2 || !/^\d+$/.test(cols[0])) continue; // comments, multi-word ranges, blank lines
    const form = cols[1];
    out += glue || CLOSES.test(form) ? form : ` ${form}`;
    glue = OPENS.test(form);
  }
  return out.trim();
}

/**
 * Reads the validation file with regexes (its header is not valid XML): each `<Sentence .../>` (or `<Sentence ...>`)
 * opens a record holding the `<EventCoding/>` lines and the `<Text>` that follow it. Records with an `evaluate`
 * attribute other than "true" are skipped. Text is whitespace-normalised (the file hard-wraps lines); an empty
 * `<Text>` is rebuilt from the record's parse.
 */
export function parseGsr(xml: string): GsrSentence[] {
  const out: GsrSentence[] = [];
  const starts = [...xml.matchAll(/<Sentence\b[^>]*>/g)];
  starts.forEach((m, k) => {
    const a = attrs(m[0]);
    if ('evaluate' in a && a.evaluate.toLowerCase() !== 'true') return;
    const end = k + 1 < starts.length ? starts[k + 1].index : xml.length;
    const body = xml.slice(m.index + m[0].length, end);
    const written = decodeXml(/<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '').replace(/\s+/g, ' ').trim();
    const text = written || textOfParse(/<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1] ?? '');
    const id = a.id ?? `gsr-${k + 1}`;
    const date = /^\d{8}$/.test(a.date ?? '') ? `${a.date.slice(0, 4)}-${a.date.slice(4, 6)}-${a.date.slice(6, 8)}` : null;
    const gold: GoldEvent[] = [];
    for (const c of body.matchAll(/<EventCoding\b[^>]*>/g)) {
      const e = attrs(c[0]);
      if (!e.eventcode) continue; // noevents="True"
      // No event dates here: the sentence date is the story's date, so the date check of the protocol does not apply.
      gold.push({ article: id, source: e.sourcecode ?? null, target: e.targetcode ?? null, cameo: e.eventcode });
    }
    out.push({ id, date, text, category: a.category ?? null, gold });
  });
  return out;
}

export function loadGsr(file: string): GsrSentence[] {
  return parseGsr(readFileSync(file, 'utf8'));
}

export function gsrInputs(sentences: GsrSentence[]): InputRecord[] {
  return sentences.map((s) => (s.date ? { id: s.id, text: s.text, date: s.date } : { id: s.id, text: s.text }));
}

const rootOnlyUnit = (article: string, root: string) => `${article}\u001f${root}`;

export function scoreGsr(sentences: GsrSentence[], events: Map<string, EventLike[]>): GsrResult {
  const ids = sentences.map((s) => s.id);
  const gold = sentences.flatMap((s) => s.gold);
  const predicted = ids.flatMap((id) => events.get(id) ?? []);
  const perSentence = sentences.map((s): GsrSentenceResult => {
    const evs = events.get(s.id) ?? [];
    const g = [...new Set(s.gold.map((e) => goldUnit(e, 'code')))];
    const p = [...new Set(evs.map((e) => predictedUnit(e, 'code')))];
    return { sentence: s, events: evs, gold: g, predicted: p, missed: g.filter((u) => !p.includes(u)), extra: p.filter((u) => !g.includes(u)) };
  });
  return {
    sentences: sentences.length,
    goldEvents: gold.length,
    rootWithCountries: scoreArticles(gold, gold, predicted, { level: 'root', articles: ids }),
    codeWithCountries: scoreArticles(gold, gold, predicted, { level: 'code', articles: ids }),
    rootOnly: scoreSets(
      gold.map((g) => rootOnlyUnit(g.article, rootOf(g))),
      predicted.map((e) => rootOnlyUnit(e.article, rootOf(e))),
    ),
    perSentence,
  };
}
