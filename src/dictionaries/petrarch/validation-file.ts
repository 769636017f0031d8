// PETRARCH validation files (PETR.UnitTest.records.xml): an <Environment> naming the dictionaries and the
// categories to run, then <Sentence> records with their expected <EventCoding>s, <Config> options that hold
// from where they stand on, and an optional <Stop>. Read with a tolerant scanner: some attributes are single-
// quoted, some have spaces around "=", and the file is XML-ish rather than XML.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { petrarchDate } from './dates.js';

export interface ExpectedEvent { source: string; target: string; event: string }

export interface ValidationRecord {
  id: string;
  line: number;
  category: string;
  /** YYYY-MM-DD, or null when the record has no readable date (PETRARCH skips those). */
  date: string | null;
  /** False: a story of several sentences rather than one sentence. */
  sentence: boolean;
  text: string;
  /** The words of the record's Treebank parse, when it has one. */
  parseWords: string[] | null;
  expected: ExpectedEvent[];
  noEvents: boolean;
  /** Expected errors: dateline, sentencediscard, storydiscard, bad_input_parse. */
  errors: string[];
  skip: boolean;
}

export type ValidationItem =
  | { kind: 'record'; record: ValidationRecord }
  | { kind: 'config'; option: string; value: string; line: number }
  | { kind: 'stop'; line: number };

export interface ValidationFile {
  dir: string;
  verbs: string | null;
  actors: string[];
  agents: string | null;
  discards: string | null;
  /** Categories to run (null: all), and to leave out. */
  include: Set<string> | null;
  exclude: Set<string>;
  items: ValidationItem[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
}

export function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of s.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3]));
  return out;
}

/** Comments blanked out with their line breaks kept, so that offsets still give line numbers. */
function blankComments(s: string): string {
  return s.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
}

function element(s: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(s);
  return m ? m[1] : null;
}

function elementAttr(s: string, name: string): Map<string, string> | null {
  const m = new RegExp(`<${name}\\b([^>]*)>`, 'i').exec(s);
  return m ? attributes(m[1]) : null;
}

/** A file's entry in <Environment>: <Verbfile>NAME</Verbfile> or <Verbfile name="NAME">. */
function envFile(env: string, name: string, dir: string): string | null {
  const v = element(env, name)?.trim() || elementAttr(env, name)?.get('name');
  return v ? path.resolve(dir, v) : null;
}

function categories(env: string, name: string): Set<string> | null {
  const v = element(env, name)?.trim() || elementAttr(env, name)?.get('categories');
  return v ? new Set(v.split(/\s+/).filter(Boolean)) : null;
}

export function readValidationFile(file: string, text = readFileSync(file, 'utf8')): ValidationFile {
  const dir = path.dirname(file);
  const src = blankComments(text);
  const env = element(src, 'Environment') ?? '';
  const lineAt = (offset: number) => src.slice(0, offset).split('\n').length;
  const out: ValidationFile = {
    dir,
    verbs: envFile(env, 'Verbfile', dir),
    actors: [...env.matchAll(/<Actorfile\b([^>]*)>([\s\S]*?)<\/Actorfile>/gi)].map((m) => path.resolve(dir, m[2].trim() || attributes(m[1]).get('name') || '')),
    agents: envFile(env, 'Agentfile', dir),
    discards: envFile(env, 'Discardfile', dir),
    include: categories(env, 'Include'),
    exclude: categories(env, 'Exclude') ?? new Set(),
    items: [],
  };
  const body = src.slice(src.search(/<Sentences\b/i) < 0 ? 0 : src.search(/<Sentences\b/i));
  const offset = src.length - body.length;
  for (const m of body.matchAll(/<Config\b([^>]*)>|<Sentence\s([^>]*)>([\s\S]*?)<\/Sentence>|<Stop\b[^>]*>/gi)) {
    const line = lineAt(offset + (m.index ?? 0));
    if (m[1] !== undefined) {
      const a = attributes(m[1]);
      out.items.push({ kind: 'config', option: (a.get('option') ?? '').toLowerCase(), value: a.get('value') ?? '', line });
    } else if (m[2] !== undefined) out.items.push({ kind: 'record', record: record(m[2], m[3], line) });
    else out.items.push({ kind: 'stop', line });
  }
  return out;
}

function record(attrs: string, body: string, line: number): ValidationRecord {
  const a = attributes(attrs);
  const expected: ExpectedEvent[] = [];
  const errors: string[] = [];
  let noEvents = false;
  for (const m of body.matchAll(/<EventCoding\b([^>]*)>/gi)) {
    const e = attributes(m[1]);
    if (e.has('noevents')) noEvents = true;
    else if (e.has('error')) errors.push(e.get('error')!);
    else expected.push({ source: e.get('sourcecode') ?? '', target: e.get('targetcode') ?? '', event: e.get('eventcode') ?? '' });
  }
  const parse = element(body, 'Parse');
  return {
    id: a.get('id') ?? `line ${line}`,
    line,
    category: a.get('category') ?? '',
    date: petrarchDate(a.get('date') ?? ''),
    sentence: (a.get('sentence') ?? 'true').toLowerCase() !== 'false',
    text: decodeEntities(element(body, 'Text') ?? '').replace(/\s+/g, ' ').trim(),
    parseWords: parse ? [...parse.matchAll(/\(\S+ ([^\s()]+)\)/g)].map((w) => decodeEntities(w[1])) : null,
    expected,
    noEvents,
    errors,
    skip: /<Skip\b/i.test(body),
  };
}
