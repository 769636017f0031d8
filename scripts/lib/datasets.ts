// The development sets `npm run eval` scores, each as: load -> input records -> score -> summary, tables, errors.
import path from 'node:path';
import { describeEvent, type EventLike } from './events.js';
import { FIVE_CLASSES, FIVE_NAMES, fiveInputs, loadFive, NO_EVENT, scoreFive, type FiveResult } from './five.js';
import { gsrInputs, loadGsr, scoreGsr, type GsrResult } from './gsr.js';
import type { Classification } from './metrics.js';
import { loadPlv, plvInputs, scorePlv, type PlvResult } from './plv.js';
import type { InputRecord } from './run-coder.js';
import { table } from './table.js';
import { splitUnit, type ArticleScore } from './units.js';

export interface Target {
  now: number;
  later?: number;
}

export interface SummaryRow {
  dataset: string;
  metric: string;
  value: number;
  target?: Target;
}

export interface DatasetReport {
  summary: SummaryRow[];
  /** Per-class tables for the terminal. */
  details: string;
  /** Up to n example errors for the terminal. */
  errors(n: number): string;
  /** The report's JSON section (no per-row predictions). */
  json: Record<string, unknown>;
}

export interface PreparedDataset {
  records: InputRecord[];
  score(events: Map<string, EventLike[]>): DatasetReport;
}

export interface EvalDataset {
  name: string;
  title: string;
  /** The data file, relative to the shared data folder. */
  file: string;
  prepare(file: string): PreparedDataset;
}

/** Targets from the project's issues. */
export const TARGETS = {
  plvMacroF1: { now: 0.7, later: 0.8 },
  fiveMacroF1: { now: 0.65, later: 0.75 },
  gsrRootF1: { now: 0.75 },
} satisfies Record<string, Target>;

export const DATASETS: EvalDataset[] = [
  {
    name: 'plv',
    title: 'PLOVER root on sentence/source/target rows (plv-zsp PLV_train.tsv)',
    file: path.join('plv-zsp', 'PLV_train.tsv'),
    prepare(file) {
      const rows = loadPlv(file);
      const { records, idOf } = plvInputs(rows);
      return { records, score: (events) => plvReport(scorePlv(rows, idOf, events), events) };
    },
  },
  {
    name: 'five',
    title: 'Five-way class per sentence (conflibert-cameo cameo_class/train.tsv)',
    file: path.join('conflibert-cameo', 'cameo_class', 'train.tsv'),
    prepare(file) {
      const rows = loadFive(file);
      return { records: fiveInputs(rows), score: (events) => fiveReport(scoreFive(rows, events)) };
    },
  },
  {
    name: 'gsr',
    title: 'Sentence events with actor countries (udpetrarch-petr2-gsr PETR2_GSR_validation.xml)',
    file: path.join('udpetrarch-petr2-gsr', 'PETR2_GSR_validation.xml'),
    prepare(file) {
      const sentences = loadGsr(file);
      return { records: gsrInputs(sentences), score: (events) => gsrReport(scoreGsr(sentences, events)) };
    },
  },
];

function classTable(c: Classification, name: (label: string) => string = (l) => l): string {
  return table(
    ['label', 'P', 'R', 'F1', 'support', 'predicted'],
    c.perLabel.map((s) => [name(s.label), s.precision, s.recall, s.f1, s.support, s.predicted]),
  );
}

function classificationJson(c: Classification, topConfusions = 30) {
  return {
    n: c.n,
    correct: c.correct,
    accuracy: c.accuracy,
    macroF1: c.macroF1,
    averagedOver: c.averagedOver,
    perLabel: c.perLabel,
    topConfusions: c.confusions.slice(0, topConfusions),
    matrix: c.matrix,
  };
}

function eventLines(events: EventLike[], indent = '    '): string {
  return events.length === 0 ? `${indent}(no events)` : events.map((e) => `${indent}${describeEvent(e)}`).join('\n');
}

function plvReport(r: PlvResult, events: Map<string, EventLike[]>): DatasetReport {
  const c = r.classification;
  const summary: SummaryRow[] = [
    { dataset: 'plv', metric: 'accuracy', value: c.accuracy },
    { dataset: 'plv', metric: 'macro-F1 (gold labels)', value: c.macroF1, target: TARGETS.plvMacroF1 },
    { dataset: 'plv', metric: 'rows with no matching event', value: r.noMatchRowRate },
    { dataset: 'plv', metric: 'sentences with no event', value: r.noEventSentenceRate },
  ];
  const confusions = table(
    ['gold', 'predicted', 'rows'],
    c.confusions.slice(0, 15).map((x) => [x.gold, x.predicted, x.count]),
  );
  const details = [
    `PLV: ${r.rows} rows over ${r.sentences} sentences; ${r.noMatchRows} rows with no matching event, ` +
      `${r.noEventSentences} sentences with no event`,
    classTable(c),
    '',
    'PLV top confusions (gold -> predicted, NONE = no matching event)',
    confusions,
  ].join('\n');
  const errors = (n: number) =>
    r.predictions
      .filter((p) => p.label !== p.row.gold)
      .slice(0, n)
      .map(
        (p) =>
          `[${p.id}] ${p.row.sentence}\n  marked: source "${p.row.source}" target "${p.row.target}"\n` +
          `  gold ${p.row.gold}, predicted ${p.label}${p.event ? ` from ${describeEvent(p.event)}` : ''}\n` +
          `  events:\n${eventLines(events.get(p.id) ?? [])}`,
      )
      .join('\n');
  return {
    summary,
    details,
    errors,
    json: {
      rows: r.rows,
      sentences: r.sentences,
      noMatchRows: r.noMatchRows,
      noMatchRowRate: r.noMatchRowRate,
      noEventSentences: r.noEventSentences,
      noEventSentenceRate: r.noEventSentenceRate,
      ...classificationJson(c),
    },
  };
}

function fiveReport(r: FiveResult): DatasetReport {
  const c = r.classification;
  const summary: SummaryRow[] = [
    { dataset: 'five', metric: 'accuracy', value: c.accuracy },
    { dataset: 'five', metric: 'macro-F1 (5 classes)', value: c.macroF1, target: TARGETS.fiveMacroF1 },
    { dataset: 'five', metric: 'sentences with no event', value: r.rows === 0 ? 0 : r.noEvent / r.rows },
  ];
  const predictedLabels = [...FIVE_CLASSES, NO_EVENT];
  const matrix = table(
    ['gold \\ predicted', ...predictedLabels],
    FIVE_CLASSES.map((g) => [g, ...predictedLabels.map((p) => c.matrix[g]?.[p] ?? 0)]),
  );
  const details = [
    `Five-way: ${r.rows} sentences, ${r.noEvent} with no event`,
    classTable(c, (l) => (FIVE_NAMES[l] ? `${l} ${FIVE_NAMES[l]}` : l)),
    '',
    'Five-way confusion matrix (rows gold, columns predicted)',
    matrix,
  ].join('\n');
  const errors = (n: number) =>
    r.predictions
      .filter((p) => p.label !== p.row.gold)
      .slice(0, n)
      .map((p) => `[${p.row.id}] ${p.row.sentence}\n  gold ${p.row.gold}, predicted ${p.label}\n  events:\n${eventLines(p.events)}`)
      .join('\n');
  return { summary, details, errors, json: { rows: r.rows, noEvent: r.noEvent, ...classificationJson(c) } };
}

function unitText(u: string): string {
  const [, s, t, e] = splitUnit(u);
  return `${s} -> ${t} ${e}`;
}

function gsrReport(r: GsrResult): DatasetReport {
  const target = TARGETS.gsrRootF1;
  const summary: SummaryRow[] = [
    { dataset: 'gsr', metric: 'root+countries F1', value: r.rootWithCountries.f1, target },
    { dataset: 'gsr', metric: 'root+countries precision', value: r.rootWithCountries.precision },
    { dataset: 'gsr', metric: 'root+countries recall', value: r.rootWithCountries.recall },
    { dataset: 'gsr', metric: 'code+countries F1', value: r.codeWithCountries.f1 },
    { dataset: 'gsr', metric: 'root-only precision', value: r.rootOnly.precision },
    { dataset: 'gsr', metric: 'root-only recall', value: r.rootOnly.recall },
  ];
  const row = (name: string, s: ArticleScore) =>
    [name, s.precision, s.recall, s.f1, s.both, s.predicted, s.foundOfBoth, s.correctPredicted];
  const details = [
    `GSR: ${r.sentences} sentences, ${r.goldEvents} gold codings`,
    table(
      ['units', 'P', 'R', 'F1', 'gold', 'predicted', 'found', 'correct'],
      [
        row('sentence, src country, tgt country, root', r.rootWithCountries),
        row('sentence, src country, tgt country, code', r.codeWithCountries),
        ['sentence, root (actors ignored)', r.rootOnly.precision, r.rootOnly.recall, r.rootOnly.f1,
          r.rootOnly.tp + r.rootOnly.fn, r.rootOnly.tp + r.rootOnly.fp, r.rootOnly.tp, r.rootOnly.tp],
      ],
    ),
  ].join('\n');
  const errors = (n: number) =>
    r.perSentence
      .filter((s) => s.missed.length > 0 || s.extra.length > 0)
      .slice(0, n)
      .map(
        (s) =>
          `[${s.sentence.id}] ${s.sentence.text}\n  gold: ${s.gold.map(unitText).join('; ') || '(none)'}\n` +
          `  predicted: ${s.predicted.map(unitText).join('; ') || '(none)'}\n  events:\n${eventLines(s.events)}`,
      )
      .join('\n');
  return {
    summary,
    details,
    errors,
    json: {
      sentences: r.sentences,
      goldCodings: r.goldEvents,
      rootWithCountries: r.rootWithCountries,
      codeWithCountries: r.codeWithCountries,
      rootOnly: r.rootOnly,
      perSentence: r.perSentence.map((s) => ({ id: s.sentence.id, gold: s.gold.map(unitText), predicted: s.predicted.map(unitText) })),
    },
  };
}
