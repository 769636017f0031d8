// Runs a PETRARCH validation file: codes each record's text (not its parse) with the file's own dictionaries,
// honours its <Config> options (require_dyad, new_actor_length) and compares the events with the expected ones.
// The comparison is PETRARCH's: the set of source-target-event triples must be exactly the expected set.
import { existsSync } from 'node:fs';
import type { ActorRef } from '../../types.js';
import { DyadError } from '../../errors.js';
import { loadModel, modelProblems, type Model } from '../../model.js';
import type { DataProblem } from '../../lexicon/read-lines.js';
import { codeArticle } from '../../pipeline.js';
import { segment } from '../../nlp/segment.js';
import { discardIn } from '../discards.js';
import { readValidationFile, type ValidationFile, type ValidationRecord } from './validation-file.js';

export type Outcome = 'pass' | 'fail' | 'skip';

export interface RecordResult {
  id: string;
  line: number;
  category: string;
  outcome: Outcome;
  /** For a skipped record, why. */
  reason?: string;
  expected: string[];
  got: string[];
}

export interface ValidationRun {
  file: ValidationFile;
  results: RecordResult[];
  problems: DataProblem[];
  stoppedAt: number | null;
}

/** Word-count bounds of the comma-delimited clauses PETRARCH leaves out: internal, initial ("b"), terminal ("e"). */
interface CommaOptions { min: number; max: number; bmin: number; bmax: number; emin: number; emax: number }
interface Options { requireDyad: boolean; newActorLength: number; comma: CommaOptions }

/** PETRARCH's null code: no actor, or an event with no target. */
const NONE = '---';

export function runValidation(path: string): ValidationRun {
  const file = readValidationFile(path);
  for (const f of [file.verbs, ...file.actors, file.agents, file.discards]) {
    if (f && !existsSync(f)) throw new DyadError('DYAD_ERR_NOT_FOUND', `${f}: no such dictionary file (named in ${path})`);
  }
  const model = loadModel({
    noDefaults: true,
    anyCode: true,
    noCameoRules: true,
    petrarchVerbFiles: file.verbs ? [file.verbs] : [],
    petrarchActorFiles: file.actors,
    petrarchAgentFiles: file.agents ? [file.agents] : [],
    discardFiles: file.discards ? [file.discards] : [],
  });
  // PETRARCH's defaults (PETRglobals.py): internal and terminal clauses of 2-8 words go, initial ones stay.
  const opts: Options = { requireDyad: true, newActorLength: 0, comma: { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 } };
  const results: RecordResult[] = [];
  let stoppedAt: number | null = null;
  for (const item of file.items) {
    if (item.kind === 'stop') { stoppedAt = item.line; break; }
    if (item.kind === 'config') { configure(opts, item.option, item.value); continue; }
    results.push(runRecord(item.record, file, model, opts));
  }
  return { file, results, problems: modelProblems(model), stoppedAt };
}

function configure(opts: Options, option: string, value: string): void {
  if (option === 'require_dyad') opts.requireDyad = value.toLowerCase() === 'true';
  if (option === 'new_actor_length') opts.newActorLength = Number(value) || 0;
  const comma = /^comma_(b|e)?(min|max)$/.exec(option);
  if (comma) opts.comma[`${comma[1] ?? ''}${comma[2]}` as keyof CommaOptions] = Number(value) || 0;
}

function runRecord(r: ValidationRecord, file: ValidationFile, model: Model, opts: Options): RecordResult {
  const expected = r.errors.length ? r.errors.map((e) => `error: ${e}`) : r.expected.map((e) => triple(e.source, e.target, e.event));
  const base = { id: r.id, line: r.line, category: r.category, expected: [...new Set(expected)].sort(), got: [] as string[] };
  const skip = skipReason(r, file);
  if (skip) return { ...base, outcome: 'skip', reason: skip };
  // PETRARCH's texts join the words of a name with "_" as its dictionaries do ("Dol_Amroth").
  const text = dropCommaClauses(r.text.replace(/_/g, ' '), opts.comma);
  let got: string[];
  if (r.errors.length) got = errorsOf(text, model);
  else {
    const coded = codeArticle({ id: r.id, text, date: r.date }, model);
    const set = new Set<string>();
    for (const e of coded.events) {
      for (const s of codes(e.source, opts)) {
        for (const t of e.target ? codes(e.target, opts) : [NONE]) {
          if (opts.requireDyad && (s === NONE || t === NONE)) continue;
          set.add(triple(s, t, e.cameo));
        }
      }
    }
    got = [...set];
  }
  got.sort();
  const pass = got.length === base.expected.length && got.every((g, i) => g === base.expected[i]);
  return { ...base, got, outcome: pass ? 'pass' : 'fail' };
}

function triple(source: string, target: string, event: string): string {
  return `${source} ${target} ${event}`;
}

/**
 * An actor as PETRARCH writes it: its code; "---GOV" for an agent with no country; PETRARCH's several codes
 * in one ("FRO/BIL/SAM") as several actors; with new_actor_length, a short noun phrase no dictionary knows as
 * its own text in quotes ("INJURY TOLL"); otherwise "---".
 */
function codes(a: ActorRef, opts: Options): string[] {
  if (!a.code) {
    const words = a.text.replace(/['’]s\b/g, '').toUpperCase().split(/\s+/).filter(Boolean);
    return opts.newActorLength > 0 && words.length <= opts.newActorLength ? [`"${words.join(' ')}"`] : [NONE];
  }
  if (!a.country && a.agent && !a.code.startsWith(NONE)) return [NONE + a.code];
  return a.code.split('/');
}

/**
 * PETRARCH leaves out comma-delimited clauses of a given length before coding ("..., a senior official said on
 * Saturday."). It tells clauses from list items and appositions by the parse; here a segment is a clause when it
 * has a verb of its own and a verb came before it ("Mordor, Rohan, Fornost and Bree welcomed" keeps its commas).
 */
function dropCommaClauses(text: string, c: CommaOptions): string {
  const out: string[] = [];
  for (const s of segment(text).sentences) {
    const t = s.tokens;
    // "complete, full diplomatic ties": a comma between adjectives is inside a noun phrase.
    const inPhrase = (i: number) => t[i - 1]?.pos === 'ADJ' && (t[i + 1]?.pos === 'ADJ' || (t[i + 1]?.pos === 'ADV' && t[i + 2]?.pos === 'ADJ'));
    const commas = t.map((x, i) => (x.text === ',' && !inPhrase(i) ? i : -1)).filter((i) => i >= 0);
    const cut: [number, number][] = [];
    const words = (a: number, b: number) => t.slice(a, b).filter((x) => x.pos !== 'PUNCT').length;
    const hasVerb = (a: number, b: number) => t.slice(a, b).some((x) => x.pos === 'VERB');
    const inRange = (n: number, min: number, max: number) => max > 0 && n >= min && n <= max;
    if (commas.length && inRange(words(0, commas[0]), c.bmin, c.bmax) && hasVerb(0, commas[0])) cut.push([0, t[commas[0]].end]);
    for (let k = 0; k + 1 < commas.length; k++) {
      const [a, b] = [commas[k], commas[k + 1]];
      if (inRange(words(a + 1, b), c.min, c.max) && hasVerb(a + 1, b)) cut.push([t[a].start, t[b].start]);
    }
    const last = commas[commas.length - 1];
    const end = t[t.length - 1]?.pos === 'PUNCT' ? t.length - 1 : t.length;
    if (last !== undefined && inRange(words(last + 1, end), c.emin, c.emax) && hasVerb(last + 1, end) && hasVerb(0, last)) cut.push([t[last].start, end < t.length ? t[end].start : s.text.length]);
    let kept = '';
    let at = 0;
    for (const [a, b] of cut.sort((x, y) => x[0] - y[0])) { if (a >= at) { kept += s.text.slice(at, a); at = b; } }
    out.push(kept + s.text.slice(at));
  }
  return out.join(' ');
}

/** A place in capitals, then a colon or dash: "CEBU CITY: --", "BAGHDAD -". */
const DATELINE = /^[A-Z][A-Z .'-]{2,}(?:\([^)]*\))?\s*(?::|--|—|–)/;

/** What a record expected to fail on: a discard phrase (sentence or story) or a dateline. */
function errorsOf(text: string, model: Model): string[] {
  const doc = segment(text);
  const out = new Set<string>();
  for (const s of doc.sentences) {
    const hit = discardIn(model.discards, s.tokens);
    if (hit) out.add(`error: ${hit.scope}discard`);
    if (s.kind === 'dateline') out.add('error: dateline');
  }
  if (DATELINE.test(text)) out.add('error: dateline');
  return [...out];
}

/** Records the file leaves out, and records whose expected codes rest on something other than their text. */
function skipReason(r: ValidationRecord, file: ValidationFile): string | null {
  if (r.skip) return 'marked <Skip>';
  if (file.include && !file.include.has(r.category)) return `category ${r.category} is not in <Include>`;
  if (file.exclude.has(r.category)) return `category ${r.category} is in <Exclude>`;
  if (!r.date) return 'no readable date (PETRARCH skips such records)';
  if (r.errors.includes('bad_input_parse')) return 'tests a malformed parse, and dyad codes the text';
  const extra = r.parseWords ? wordsMissing(r.parseWords, r.text) : [];
  if (extra.length) return `the parse has words the text lacks (${extra.slice(0, 3).join(', ')}), and the expected codes follow the parse`;
  return null;
}

/** Words of the parse (bracket tokens like -LRB- aside) that the text does not have, compared as letters and digits. */
function wordsMissing(parse: string[], text: string): string[] {
  const norm = (w: string) => w.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Treebank splits "isn't" into is + n't, "won't" into wo + n't.
  const have = new Set(text.split(/[\s_]+/).flatMap((w) => [norm(w), norm(w.replace(/n['’]t\b.*$/i, '')), ...w.split(/[-'’]/).map(norm)]));
  return parse.filter((w) => !/^-[LR][RCS]B-$/.test(w) && norm(w) && !have.has(norm(w)) && !have.has(norm(w) + 's') && !/^'?s$|^n't$/i.test(w));
}

export function summary(results: RecordResult[]): { passed: number; failed: number; skipped: number; rate: number } {
  const passed = results.filter((r) => r.outcome === 'pass').length;
  const failed = results.filter((r) => r.outcome === 'fail').length;
  const skipped = results.length - passed - failed;
  return { passed, failed, skipped, rate: passed + failed ? passed / (passed + failed) : 0 };
}
