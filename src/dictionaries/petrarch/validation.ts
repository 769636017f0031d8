// Runs a PETRARCH validation file: codes each record's text (not its parse) with the file's own dictionaries,
// honours its <Config> options (require_dyad, new_actor_length) and compares the events with the expected ones.
// The comparison is PETRARCH's: the set of source-target-event triples must be exactly the expected set.
import type { ActorRef } from '../../types.js';
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

interface Options { requireDyad: boolean; newActorLength: number }

/** PETRARCH's null code: no actor, or an event with no target. */
const NONE = '---';

export function runValidation(path: string): ValidationRun {
  const file = readValidationFile(path);
  const model = loadModel({
    noDefaults: true,
    anyCode: true,
    petrarchVerbFiles: file.verbs ? [file.verbs] : [],
    petrarchActorFiles: file.actors,
    petrarchAgentFiles: file.agents ? [file.agents] : [],
    discardFiles: file.discards ? [file.discards] : [],
  });
  const opts: Options = { requireDyad: true, newActorLength: 0 };
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
}

function runRecord(r: ValidationRecord, file: ValidationFile, model: Model, opts: Options): RecordResult {
  const expected = r.errors.length ? r.errors.map((e) => `error: ${e}`) : r.expected.map((e) => triple(e.source, e.target, e.event));
  const base = { id: r.id, line: r.line, category: r.category, expected: [...new Set(expected)].sort(), got: [] as string[] };
  const skip = skipReason(r, file);
  if (skip) return { ...base, outcome: 'skip', reason: skip };
  let got: string[];
  if (r.errors.length) got = errorsOf(r, model);
  else {
    const coded = codeArticle({ id: r.id, text: r.text, date: r.date }, model);
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
  if (!a.country && a.agent) return [NONE + a.code];
  return a.code.split('/');
}

/** What a record expected to fail on: a discard phrase (sentence or story) or a dateline. */
function errorsOf(r: ValidationRecord, model: Model): string[] {
  const doc = segment(r.text);
  const out = new Set<string>();
  for (const s of doc.sentences) {
    const hit = discardIn(model.discards, s.tokens);
    if (hit) out.add(`error: ${hit.scope}discard`);
    if (s.kind === 'dateline') out.add('error: dateline');
  }
  return [...out];
}

/** Records the file leaves out, and records whose expected codes rest on something other than their text. */
function skipReason(r: ValidationRecord, file: ValidationFile): string | null {
  if (r.skip) return 'marked <Skip>';
  if (file.include && !file.include.has(r.category)) return `category ${r.category} is not in <Include>`;
  if (file.exclude.has(r.category)) return `category ${r.category} is in <Exclude>`;
  if (!r.date) return 'no readable date (PETRARCH skips such records)';
  if (r.errors.includes('bad_input_parse')) return 'tests a malformed parse, and dyad codes the text';
  if (r.parseWords && words(r.parseWords) !== words([r.text])) return 'the parse has other words than the text, and the expected codes follow the parse';
  return null;
}

/** Letters and digits only, bracket tokens of the parse (-LRB-) left out: what text and parse must share. */
function words(parts: string[]): string {
  return parts.filter((w) => !/^-[LR][RCS]B-$/.test(w)).join(' ').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function summary(results: RecordResult[]): { passed: number; failed: number; skipped: number; rate: number } {
  const passed = results.filter((r) => r.outcome === 'pass').length;
  const failed = results.filter((r) => r.outcome === 'fail').length;
  const skipped = results.length - passed - failed;
  return { passed, failed, skipped, rate: passed + failed ? passed / (passed + failed) : 0 };
}
