// The reference article (../shared/seed): the events a careful analyst codes, and nothing from sentences
// without an interaction. Reads the article from ../shared, so it runs in the shared suite only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { loadModel } from '../../src/model.js';
import { codeArticle } from '../../src/pipeline.js';
import type { EventRecord } from '../../src/types.js';
import { sharedDir } from './shared-dir.js';

const file = path.join(sharedDir(), 'seed', 'liaison-office-2020-06-17.txt');
const coded = codeArticle({ id: 'seed', text: readFileSync(file, 'utf8'), date: '2020-06-17' }, loadModel());
const events = coded.events;
const country = (a: EventRecord['source'] | null) => a?.country ?? null;
const show = () => events.map((e) => `${e.source.code}(${e.source.text}) ${e.cameo} ${e.target?.code ?? '-'}(${e.target?.text ?? ''}) ${e.date} | ${e.text.slice(0, 70)}`).join('\n');

function find(pred: (e: EventRecord) => boolean, what: string): EventRecord {
  const e = events.find(pred);
  assert.ok(e, `expected ${what}; coded:\n${show()}`);
  return e!;
}

test('North Korea destroying the liaison office, dated 2020-06-16', () => {
  find((e) => country(e.source) === 'PRK' && ['17', '18', '19', '20'].includes(e.root) && e.date === '2020-06-16', 'PRK material conflict on 2020-06-16');
});

test('Pyongyang accusing Seoul', () => {
  const e = find((e) => e.source.code === 'PRKGOV' && e.target?.code === 'KORGOV' && e.root === '11', 'PRKGOV -> KORGOV 11');
  assert.equal(e.source.text, 'Pyongyang');
  assert.equal(e.target?.text, 'Seoul');
  assert.equal(e.date, '2020-06-17');
  assert.equal(e.text.slice(e.evidence.verb.start, e.evidence.verb.end), 'accused');
});

test('Kim Yo Jong denouncing the leaflets', () => {
  find((e) => e.source.code === 'PRKGOV' && e.source.text.startsWith('Kim Yo Jong') && ['11', '12', '13', '14'].includes(e.root), 'Kim Yo Jong (PRKGOV) disapproving');
});

test("Seoul's spokesman urging the North back to talks, and warning it", () => {
  const urge = find((e) => country(e.source) === 'KOR' && country(e.target) === 'PRK' && e.root === '02', 'KOR -> PRK appeal');
  assert.equal(urge.date, '2020-06-17');
  assert.equal(urge.source.code, 'KORGOV');
  const warn = find((e) => country(e.source) === 'KOR' && country(e.target) === 'PRK' && e.root === '13', 'KOR -> PRK threat/warning');
  assert.ok(warn.evidence.quote, 'the warning is coded from the quotation');
});

test('the 2018 summit agreement, dated April 2018, both directions', () => {
  const coop = ['03', '04', '05', '06'];
  const ab = find((e) => country(e.source) === 'KOR' && country(e.target) === 'PRK' && coop.includes(e.root) && e.date === '2018-04', 'KOR -> PRK agreement in 2018-04');
  const ba = find((e) => country(e.source) === 'PRK' && country(e.target) === 'KOR' && coop.includes(e.root) && e.date === '2018-04', 'PRK -> KOR agreement in 2018-04');
  assert.equal(ab.modality?.historical, true);
  assert.equal(ba.sentence, ab.sentence);
});

test('nothing is coded from sentences without an interaction', () => {
  for (const quiet of ['aired footage', 'Experts say', 'The facade of a nearby building', 'contributed reporting']) {
    const bad = events.filter((e) => e.text.includes(quiet));
    assert.equal(bad.length, 0, `coded from "${quiet}":\n${show()}`);
  }
});

test('every event validates against the published schema and is reproducible', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(path.resolve('schema/event.schema.json'), 'utf8')));
  for (const e of events) assert.ok(validate(e), JSON.stringify(validate.errors));
  const again = codeArticle({ id: 'seed', text: readFileSync(file, 'utf8'), date: '2020-06-17' }, loadModel());
  assert.equal(JSON.stringify(again.events), JSON.stringify(events));
});

test('quotes carry their speakers', () => {
  const warnQuote = coded.quotes.find((q) => q.quote.text.includes('we warn the North'));
  assert.ok(warnQuote);
  assert.equal(warnQuote!.speaker?.country, 'KOR');
  const kimQuote = coded.quotes.find((q) => q.quote.text.startsWith('They dared defame'));
  assert.equal(kimQuote?.speaker?.code, 'PRKGOV');
});
