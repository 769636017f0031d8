// Precision, recall, F1, accuracy, macro-F1 and confusion counts: pure functions over plain labels and sets.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface SetScore extends PRF {
  tp: number;
  fp: number;
  fn: number;
}

export interface LabelScore extends PRF {
  label: string;
  /** Gold rows with this label. */
  support: number;
  /** Rows predicted with this label. */
  predicted: number;
}

export interface Confusion {
  gold: string;
  predicted: string;
  count: number;
}

export interface Classification {
  n: number;
  correct: number;
  accuracy: number;
  /** Mean F1 over `averagedOver`. */
  macroF1: number;
  averagedOver: string[];
  /** Every label seen in gold or predictions (averaged labels first, in their order). */
  perLabel: LabelScore[];
  /** Off-diagonal cells, largest first. */
  confusions: Confusion[];
  /** matrix[gold][predicted] = count, over all labels seen. */
  matrix: Record<string, Record<string, number>>;
}

/** 0/0 counts as 0. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** Scores a predicted set of units against a gold set (each unit counts once). */
export function scoreSets(gold: Iterable<string>, predicted: Iterable<string>): SetScore {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const u of p) if (g.has(u)) tp += 1;
  const fp = p.size - tp;
  const fn = g.size - tp;
  return { tp, fp, fn, ...prf(tp, fp, fn) };
}

/**
 * Scores single-label predictions row by row. `averageOver` names the labels macro-F1 averages over; by default
 * the labels present in gold (a prediction such as NONE that is never gold then only lowers recall).
 */
export function classify(gold: string[], predicted: string[], averageOver?: string[]): Classification {
  if (gold.length !== predicted.length) throw new Error(`classify: ${gold.length} gold vs ${predicted.length} predicted`);
  const matrix: Record<string, Record<string, number>> = {};
  let correct = 0;
  gold.forEach((g, k) => {
    const p = predicted[k];
    if (g === p) correct += 1;
    (matrix[g] ??= {})[p] = (matrix[g]?.[p] ?? 0) + 1;
  });
  const averaged = averageOver ?? unique(gold).sort();
  const seen = unique([...averaged, ...[...gold].sort(), ...[...predicted].sort()]);
  const perLabel = seen.map((label) => labelScore(label, gold, predicted));
  const macroF1 = ratio(
    perLabel.filter((s) => averaged.includes(s.label)).reduce((sum, s) => sum + s.f1, 0),
    averaged.length,
  );
  return {
    n: gold.length,
    correct,
    accuracy: ratio(correct, gold.length),
    macroF1,
    averagedOver: averaged,
    perLabel,
    confusions: offDiagonal(matrix),
    matrix,
  };
}

function labelScore(label: string, gold: string[], predicted: string[]): LabelScore {
  let tp = 0;
  let support = 0;
  let predictedCount = 0;
  gold.forEach((g, k) => {
    if (g === label) support += 1;
    if (predicted[k] === label) predictedCount += 1;
    if (g === label && predicted[k] === label) tp += 1;
  });
  return { label, support, predicted: predictedCount, ...prf(tp, predictedCount - tp, support - tp) };
}

function offDiagonal(matrix: Record<string, Record<string, number>>): Confusion[] {
  const cells: Confusion[] = [];
  for (const [gold, row] of Object.entries(matrix)) {
    for (const [predicted, count] of Object.entries(row)) if (gold !== predicted) cells.push({ gold, predicted, count });
  }
  return cells.sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
