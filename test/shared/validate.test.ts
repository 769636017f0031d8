// The PETRARCH validation suite (../shared/data/petrarch2-unittest): 284 records coded from their text with the
// suite's own dictionaries. The floor is the pass rate dyad reaches (see docs/petrarch.md); the target is 90%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runValidation, summary } from '../../src/dictionaries/petrarch/validation.js';
import { run } from '../helpers.js';
import { sharedDir } from './shared-dir.js';

const FILE = path.join(sharedDir(), 'data', 'petrarch2-unittest', 'PETR.UnitTest.records.xml');
/** Reached now: 248 of 270 run (91.9%); 14 skipped. */
const FLOOR = 0.91;

test('the validation suite runs and at least the recorded share of its records pass', () => {
  const r = runValidation(FILE);
  const s = summary(r.results);
  assert.equal(r.results.length, 284);
  assert.ok(s.skipped <= 16, `${s.skipped} skipped`);
  const failures = r.results.filter((x) => x.outcome === 'fail').map((x) => `${x.id}: expected ${x.expected.join(' | ')}; got ${x.got.join(' | ')}`);
  assert.ok(s.rate >= FLOOR, `pass rate ${(s.rate * 100).toFixed(1)}% below ${FLOOR * 100}%:\n${failures.join('\n')}`);
  // The suite's own dictionaries have one unreadable pattern (its code sits after a "#").
  assert.deepEqual(r.problems.map((p) => p.id.replace(/^.*\//, '')), ['PETR.Validate.verbs.txt:992']);
});

test('dyad validate exits 0 and prints the counts', async () => {
  const r = await run(['validate', FILE, '--show', 'none']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^284 records: \d+ passed, \d+ failed, \d+ skipped; [\d.]+% of the \d+ run passed\n$/);
});
