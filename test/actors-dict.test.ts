// Actor and agent dictionary coverage: sentences of our own whose actors come from data/agents.txt and
// data/actors/*.txt entries (agent nouns, organisations, parties, earlier leaders, former states).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../src/model.js';
import { codeArticle } from '../src/pipeline.js';

const model = loadModel();

/** [text, date, source code, target code]: some event must have exactly these codes. */
const ROWS: [string, string, string, string | null][] = [
  ['The guards attacked the prisoners on Monday.', '2020-01-01', '---COP', '---CVL'],
  ['Investigators in Kenya arrested three suspects.', '2020-01-01', 'KENCOP', '---CRM'],
  ['A group of lawyers accused the Egyptian government of torture.', '2020-01-01', '---JUD', 'EGYGOV'],
  ['Kremlin critics accused the Russian government of fraud.', '2020-01-01', 'RUSGOV', 'RUSGOV'],
  ['Germany\'s Federal Foreign Office criticized Iran.', '2020-01-01', 'DEUGOV', 'IRN'],
  ['President Gerald Ford met Soviet leader Leonid Brezhnev in Vladivostok.', '1974-11-23', 'USAGOV', 'RUSGOV'],
  ['Margaret Thatcher criticized the Soviet Union.', '1985-01-01', 'GBRGOV', 'RUS'],
  ['The Security Council condemned the attack on Israel.', '2020-01-01', 'IGOUNO', 'ISR'],
  ['The ACLU sued the Trump administration.', '2019-01-01', 'USANGOHRI', 'USAGOV'],
  ['Zimbabwe\'s ruling ZANU-PF accused the MDC of violence.', '2008-05-01', 'ZWEPTY', 'ZWEOPP'],
  ['Senate Republicans criticized China.', '2020-01-01', 'USALEG', 'CHN'],
  ['Striking workers blocked the road.', '2020-01-01', '---LAB', null],
];

for (const [text, date, src, tgt] of ROWS) {
  test(`actors: ${text}`, () => {
    const { events } = codeArticle({ id: 't', text, date }, model);
    const seen = events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`);
    assert.ok(events.some((e) => e.source.code === src && (tgt === null || e.target?.code === tgt)), seen.join(' | '));
  });
}

test('actors: "Democrats" takes the country before it', () => {
  const { events } = codeArticle({ id: 't', text: 'Swedish Social Democrats criticized the government.', date: '2020-01-01' }, model);
  assert.ok(events.some((e) => e.source.code === 'SWEPTY'), events.map((e) => e.source.code).join(' '));
});

test('an acronym of four letters or more also matches written as a word ("Nato", "Isis"); short ones only in capitals', () => {
  const nato = codeArticle({ id: 't', text: 'Nato condemned the attack on Turkey.', date: '2021-03-01' }, model).events;
  assert.ok(nato.some((e) => e.source.code === 'IGOWSTNAT'), JSON.stringify(nato.map((e) => e.source)));
  const isis = codeArticle({ id: 't', text: 'Isis fighters attacked the town.', date: '2021-03-01' }, model).events;
  assert.ok(isis.some((e) => e.source.code?.startsWith('IMGMUSISI')), JSON.stringify(isis.map((e) => e.source)));
  const us = codeArticle({ id: 't', text: 'They told us Kenya attacked the town.', date: '2021-03-01' }, model).events;
  assert.ok(!us.some((e) => e.target?.country === 'USA' || e.source.country === 'USA'), JSON.stringify(us.map((e) => [e.source, e.target])));
});
