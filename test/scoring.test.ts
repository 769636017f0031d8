// The scoring functions behind `npm run eval`, on tiny made-up inputs (no shared data needed).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { byArticle, countryOfActor, countryOfCode, rootOf, type EventLike } from '../scripts/lib/events.js';
import { fiveClassOfRoot, fiveLabel, scoreFive } from '../scripts/lib/five.js';
import { parseGsr, scoreGsr } from '../scripts/lib/gsr.js';
import { classify, prf, scoreSets } from '../scripts/lib/metrics.js';
import { matchRow, matchWords, NONE, ploverLabel, plvInputs, scorePlv, type PlvRow } from '../scripts/lib/plv.js';
import { parseDelimited, parseTable } from '../scripts/lib/tsv.js';
import { scoreArticles, type GoldEvent } from '../scripts/lib/units.js';

function ev(
  article: string,
  source: string | null,
  target: string | null,
  cameo: string,
  extra: Partial<EventLike> = {},
): EventLike {
  const actor = (s: string | null) => {
    if (s === null) return null;
    const [text, code = null] = s.split('='); // "Seoul=KORGOV"
    return { text, code };
  };
  return { article, source: actor(source), target: actor(target), cameo, plover: null, ...extra };
}

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('tsv', () => {
  test('plain fields, CRLF line ends, a trailing newline adds no row', () => {
    assert.deepEqual(parseDelimited('a\tb\r\nc\t\r\n'), [['a', 'b'], ['c', '']]);
  });
  test('quoted fields hold tabs, newlines and doubled quotes', () => {
    assert.deepEqual(parseDelimited('"x\ty"\t"he said ""no""\nthen"\n1\t2'), [['x\ty', 'he said "no"\nthen'], ['1', '2']]);
  });
  test('a quote inside an unquoted field is literal', () => {
    assert.deepEqual(parseDelimited('calling them "nutters" today\t3\n'), [['calling them "nutters" today', '3']]);
  });
  test('quoted field ending in an escaped quote', () => {
    assert.deepEqual(parseDelimited('"It was far from truth."""\t0\n'), [['It was far from truth."', '0']]);
  });
  test('CSV with a header row', () => {
    const { header, rows } = parseTable('"","date","text"\n"1","2019-04-10","Baghdad, and ""Washington""\nagreed"\n', ',');
    assert.deepEqual(header, ['', 'date', 'text']);
    assert.deepEqual(rows, [{ '': '1', date: '2019-04-10', text: 'Baghdad, and "Washington"\nagreed' }]);
  });
});

describe('metrics', () => {
  test('prf with zero denominators', () => {
    assert.deepEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
    const s = prf(2, 1, 1);
    close(s.precision, 2 / 3);
    close(s.recall, 2 / 3);
    close(s.f1, 2 / 3);
  });
  test('sets count each unit once', () => {
    const s = scoreSets(['a', 'b', 'b'], ['b', 'c', 'c']);
    assert.equal(s.tp, 1);
    assert.equal(s.fp, 1);
    assert.equal(s.fn, 1);
  });
  test('classification: accuracy, per-label scores, macro-F1 over gold labels only', () => {
    const c = classify(['A', 'A', 'B', 'B'], ['A', 'NONE', 'B', 'A']);
    assert.equal(c.accuracy, 0.5);
    const a = c.perLabel.find((s) => s.label === 'A');
    const b = c.perLabel.find((s) => s.label === 'B');
    assert.ok(a && b);
    close(a.precision, 0.5);
    close(a.recall, 0.5);
    close(b.precision, 1);
    close(b.recall, 0.5);
    close(c.macroF1, (0.5 + 2 / 3) / 2); // NONE is never gold: not averaged
    assert.deepEqual(c.averagedOver, ['A', 'B']);
    assert.equal(c.matrix.A.NONE, 1);
    assert.deepEqual(
      c.confusions.map((x) => `${x.gold}>${x.predicted}:${x.count}`),
      ['A>NONE:1', 'B>A:1'],
    );
  });
  test('classification: a fixed label set counts labels absent from gold as F1 0', () => {
    const c = classify(['0', '1'], ['0', '1'], ['0', '1', '2']);
    close(c.macroF1, 2 / 3);
  });
});

describe('actors and roots', () => {
  test('country of a code: first three letters, any IGO code is IGO', () => {
    assert.equal(countryOfCode('PRKGOV'), 'PRK');
    assert.equal(countryOfCode('IGOUNOMIL'), 'IGO');
    assert.equal(countryOfCode('---REB'), '---');
    assert.equal(countryOfCode(null), '-');
    assert.equal(countryOfCode(''), '-');
  });
  test('country of a coded actor falls back to country, then agent', () => {
    assert.equal(countryOfActor({ text: 'x', code: 'USAGOV' }), 'USA');
    assert.equal(countryOfActor({ text: 'x', code: null, country: 'KOR' }), 'KOR');
    assert.equal(countryOfActor({ text: 'rebels', code: null, agent: 'REB' }), '---');
    assert.equal(countryOfActor({ text: 'someone', code: null }), '?');
    assert.equal(countryOfActor(null), '-');
  });
  test('root from root or cameo', () => {
    assert.equal(rootOf({ cameo: '1124' }), '11');
    assert.equal(rootOf({ cameo: '042', root: '04' }), '04');
  });
});

describe('PLV protocol', () => {
  test('words: 2+ letters, lower case, dotted acronyms folded, stop words dropped', () => {
    assert.deepEqual([...matchWords('The U.S. Supreme Court of a Nation')], ['us', 'supreme', 'court', 'nation']);
    assert.deepEqual([...matchWords("Trump's officials")], ['trump']);
    assert.deepEqual([...matchWords('U.N.-led force')], ['un', 'led', 'force']);
    assert.deepEqual([...matchWords('US')], ['us']);
  });
  test('labels: plover.type with aliases, else the CAMEO root mapped', () => {
    assert.equal(ploverLabel({ cameo: '080', plover: { type: 'CONCEDE' } }), 'YIELD');
    assert.equal(ploverLabel({ cameo: '080', plover: { type: 'RETREAT' } }), 'YIELD');
    assert.equal(ploverLabel({ cameo: '112', plover: { type: 'DISAPPROVE' } }), 'ACCUSE');
    assert.equal(ploverLabel({ cameo: '100', plover: { type: 'DEMAND' } }), 'REQUEST');
    assert.equal(ploverLabel({ cameo: '190', plover: { type: 'ASSAULT' } }), 'ASSAULT');
    assert.equal(ploverLabel({ cameo: '1011', plover: null }), 'REQUEST');
    assert.equal(ploverLabel({ cameo: '203', plover: { type: null } }), 'ASSAULT');
    assert.equal(ploverLabel({ cameo: '036' }), 'AGREE');
  });
  test('the first event matching both spans wins; direction matters', () => {
    const row = { source: 'the U.S. government', target: 'North Korea' };
    const events = [
      ev('s', 'North Korea', 'U.S.', '112'), // reversed
      ev('s', 'Washington', 'North Korea', '042'), // source shares no word
      ev('s', 'US officials', 'Pyongyang', '190'), // target shares no word
      ev('s', 'US', null, '010'), // no target
      ev('s', 'U.S. President', 'North Korean leader', '172'), // "north" and "korean"... shares "north"
      ev('s', 'US', 'North Korea', '080'),
    ];
    assert.equal(matchRow(row, events)?.cameo, '172');
    assert.equal(matchRow(row, events.slice(0, 4)), null);
  });
  test('scores rows, with NONE for rows with no matching event', () => {
    const rows: PlvRow[] = [
      { sentence: 'S1', source: 'Iran', target: 'the United States', gold: 'ACCUSE' },
      { sentence: 'S1', source: 'the United States', target: 'Iran', gold: 'SANCTION' },
      { sentence: 'S2', source: 'Police', target: 'protesters', gold: 'ASSAULT' },
      { sentence: 'S3', source: 'Germany', target: 'France', gold: 'CONSULT' },
    ];
    const { records, idOf } = plvInputs(rows);
    assert.deepEqual(records, [
      { id: 'plv-1', text: 'S1' },
      { id: 'plv-2', text: 'S2' },
      { id: 'plv-3', text: 'S3' },
    ]);
    const events = byArticle([
      ev('plv-1', 'Iranian officials', 'United States', '112', { plover: { type: 'DISAPPROVE' } }),
      ev('plv-1', 'the United States', 'Iran', '163', { plover: { type: 'SANCTION' } }),
      ev('plv-2', 'police', 'the crowd', '190'),
    ]);
    const r = scorePlv(rows, idOf, events);
    assert.deepEqual(r.predictions.map((p) => p.label), ['NONE', 'SANCTION', NONE, NONE]);
    assert.equal(r.classification.accuracy, 0.25);
    assert.equal(r.noMatchRows, 3);
    assert.equal(r.noEventSentences, 1);
    close(r.noEventSentenceRate, 1 / 3);
  });
  test('"Iranian" does not match "Iran": words are compared whole', () => {
    assert.equal(matchRow({ source: 'Iran', target: 'US' }, [ev('x', 'Iranian officials', 'US', '112')]), null);
  });
});

describe('five-way protocol', () => {
  test('root classes', () => {
    const classes = ['01', '02', '03', '05', '06', '08', '09', '13', '14', '20'].map(fiveClassOfRoot);
    assert.deepEqual(classes, ['0', '0', '1', '1', '2', '2', '3', '3', '4', '4']);
    assert.equal(fiveClassOfRoot('00'), null);
    assert.equal(fiveClassOfRoot('21'), null);
  });
  test('the first event decides; no event is wrong', () => {
    assert.equal(fiveLabel([ev('a', 'X', 'Y', '190'), ev('a', 'X', 'Y', '010')]), '4');
    assert.equal(fiveLabel([]), 'NONE');
    const rows = [
      { id: 'f1', sentence: 'a', gold: '4' },
      { id: 'f2', sentence: 'b', gold: '0' },
      { id: 'f3', sentence: 'c', gold: '1' },
    ];
    const r = scoreFive(rows, byArticle([ev('f1', 'X', 'Y', '1823'), ev('f3', 'X', null, '010')]));
    assert.deepEqual(r.predictions.map((p) => p.label), ['4', 'NONE', '0']);
    close(r.classification.accuracy, 1 / 3);
    assert.equal(r.noEvent, 1);
    assert.deepEqual(r.classification.averagedOver, ['0', '1', '2', '3', '4']);
  });
});

describe('whole-article protocol', () => {
  const g = (article: string, source: string | null, target: string | null, cameo: string, date?: string): GoldEvent => ({
    article,
    source,
    target,
    cameo,
    date: date ?? null,
  });

  test('recall over units both coders coded, precision over units either coded', () => {
    const coderA = [g('a1', 'PRKGOV', 'KORGOV', '112'), g('a1', 'USA', 'CHN', '042'), g('a2', 'RUSMIL', 'UKR', '190')];
    const coderB = [g('a1', 'PRK', 'KOR', '111'), g('a1', 'IGOUNO', null, '010'), g('a2', 'RUS', 'UKRMIL', '193')];
    // both: a1 PRK KOR 11, a2 RUS UKR 19; either adds a1 USA CHN 04, a1 IGO - 01
    const predicted = [
      ev('a1', 'Pyongyang=PRKGOV', 'Seoul=KORGOV', '112'),
      ev('a1', 'Pyongyang=PRKGOV', 'Seoul=KORGOV', '1121'), // same unit, counts once
      ev('a1', 'UN=IGOUNOMIL', null, '010'), // coded by one coder: correct, but not in the recall base
      ev('a1', 'Seoul=KORGOV', 'Pyongyang=PRKGOV', '112'), // wrong direction
    ];
    const s = scoreArticles(coderA, coderB, predicted);
    assert.equal(s.both, 2);
    assert.equal(s.either, 4);
    assert.equal(s.predicted, 3);
    assert.equal(s.foundOfBoth, 1);
    assert.equal(s.correctPredicted, 2);
    close(s.recall, 1 / 2);
    close(s.precision, 2 / 3);
    close(s.f1, (2 * (1 / 2) * (2 / 3)) / (1 / 2 + 2 / 3));
  });

  test('dates are checked only where both coders gave the same full date', () => {
    const coderA = [g('a', 'USA', 'IRN', '172', '2020-01-03'), g('a', 'IRN', 'USA', '190', '2020-01-08'), g('a', 'IRQ', 'USA', '120', '2020-01')];
    const coderB = [g('a', 'USA', 'IRN', '173', '2020-01-03'), g('a', 'IRN', 'USA', '195', '2020-01-07'), g('a', 'IRQ', 'USA', '120', '2020-01')];
    const predicted = [
      ev('a', 'US=USA', 'Iran=IRN', '172', { date: '2020-01-03' }),
      ev('a', 'Iran=IRN', 'US=USA', '190', { date: '2020-01-08' }),
      ev('a', 'Iraq=IRQ', 'US=USA', '120', { date: '2020-01-05' }),
    ];
    const s = scoreArticles(coderA, coderB, predicted);
    assert.deepEqual(s.dates, { agreed: 1, checked: 1, correct: 1, accuracy: 1 });
    const wrong = scoreArticles(coderA, coderB, [ev('a', 'US=USA', 'Iran=IRN', '172', { date: '2020-01-04' })]);
    assert.deepEqual(wrong.dates, { agreed: 1, checked: 1, correct: 0, accuracy: 0 });
  });

  test('one coder: plain precision and recall; full codes at code level', () => {
    const gold = [g('s', 'USA', 'IRQMUS', '195')];
    const root = scoreArticles(gold, gold, [ev('s', 'US=USAMIL', 'IS=IRQMUS', '190')]);
    assert.equal(root.f1, 1);
    const code = scoreArticles(gold, gold, [ev('s', 'US=USAMIL', 'IS=IRQMUS', '190')], { level: 'code' });
    assert.equal(code.f1, 0);
  });

  test('articles outside the scope are ignored', () => {
    const gold = [g('s1', 'USA', 'RUS', '190')];
    const s = scoreArticles(gold, gold, [ev('s1', 'x=USA', 'y=RUS', '190'), ev('other', 'x=USA', 'y=RUS', '190')], { articles: ['s1'] });
    assert.equal(s.precision, 1);
  });
});

describe('GSR protocol', () => {
  const xml = `<Validation>
# header with <EventCoding...> in a comment
<Sentences>
<Sentence category="GOLD" date="20150609" id="G1" evaluate="true"/>
<EventCoding eventcode="195" sourcecode="USA" targetcode="IRQMUS" />
<EventCoding eventcode="195" sourcecode="USAGOV" targetcode="IRQ" />
<Text>
The United States launched an air strike
against an Islamic State target &amp; more.
</Text>
<Parse>1	The</Parse>
</Sentence>
<Sentence category="AFP" date="20080806" id="G2" evaluate="true">
<!-- Discard -->
<EventCoding noevents="True" />
<Text>France on Wednesday condemned allegations.</Text>
</Sentence>
<Sentence category="X" date="20080806" id="G4" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGA" />
<Text>
</Text>
<Parse>
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	stop	stop	VERB	VB	_	0	root	_	_
5	(	(	PUNCT	-LRB-	_	6	punct	_	_
6	again	again	ADV	RB	_	4	advmod	_	_
7	)	)	PUNCT	-RRB-	_	6	punct	_	_
8	in	in	ADP	IN	_	9	case	_	_
9	Nigeria	Nigeria	PROPN	NNP	_	4	nmod	_	_
10	's	's	PART	POS	_	9	case	_	_
11	north	north	NOUN	NN	_	4	nmod	_	_
12	.	.	PUNCT	.	_	4	punct	_	_
</Parse></Sentence>
<Sentence category="X" date="20080806" id="G3" evaluate="false"/>
<EventCoding eventcode="010" sourcecode="FRA" targetcode="RWA" />
<Text>Skipped.</Text>
</Sentence>
</Sentences></Validation>`;

  test('parses sentences, codings and normalised text; skips evaluate="false"', () => {
    const s = parseGsr(xml);
    assert.deepEqual(s.map((x) => x.id), ['G1', 'G2', 'G4']);
    assert.equal(s[0].text, 'The United States launched an air strike against an Islamic State target & more.');
    assert.equal(s[0].date, '2015-06-09');
    assert.equal(s[0].gold.length, 2);
    assert.equal(s[1].gold.length, 0);
  });

  test('a record with an empty <Text> takes its sentence from the parse', () => {
    const s = parseGsr(xml).find((x) => x.id === 'G4');
    assert.equal(s?.text, "Rebels didn't stop (again) in Nigeria's north.");
    assert.equal(s?.gold.length, 1);
  });

  test('duplicate units count once; events in no-event sentences are false positives', () => {
    const sentences = parseGsr(xml);
    const events = byArticle([
      ev('G1', 'the United States=USAMIL', 'Islamic State=IRQMUS', '190'),
      ev('G2', 'France=FRAGOV', 'Rwanda=RWA', '112'),
      ev('G4', 'Rebels=NGAREB', 'Nigeria=NGA', '190'),
    ]);
    const r = scoreGsr(sentences, events);
    assert.equal(r.rootWithCountries.both, 2);
    assert.equal(r.rootWithCountries.recall, 1);
    close(r.rootWithCountries.precision, 2 / 3);
    close(r.codeWithCountries.recall, 1 / 2);
    close(r.rootOnly.precision, 2 / 3);
    assert.equal(r.rootOnly.recall, 1);
  });
});
