// PETRARCH-format dictionaries, read from made-up files in test/fixtures/petrarch/ (no real dictionary needed):
// actors with synonyms and date-restricted codes, agents with plurals and substitutions, verb blocks with forms,
// synsets, markers and paired codes, discard lists, and the validation runner. A row that fails prints its events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyActorLexicon } from '../src/actors/lexicon.js';
import { emptyVerbLexicon } from '../src/coder/verb-lexicon.js';
import { loadModel, modelProblems } from '../src/model.js';
import { codeArticle } from '../src/pipeline.js';
import { addPetrarchActors } from '../src/dictionaries/petrarch/actors.js';
import { addPetrarchAgents } from '../src/dictionaries/petrarch/agents.js';
import { addPetrarchVerbs } from '../src/dictionaries/petrarch/verbs.js';
import { petrarchDate, parseRestriction } from '../src/dictionaries/petrarch/dates.js';
import { parsePattern } from '../src/dictionaries/petrarch/pattern.js';
import { runValidation, summary } from '../src/dictionaries/petrarch/validation.js';
import { run } from './helpers.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'petrarch');
const f = (name: string) => path.join(DIR, name);

const model = loadModel({
  noDefaults: true,
  petrarchVerbFiles: [f('verbs.txt')],
  petrarchActorFiles: [f('actors.txt')],
  petrarchAgentFiles: [f('agents.txt')],
  discardFiles: [f('discards.txt')],
});

function events(text: string, date: string): string[] {
  return codeArticle({ id: 't', text, date }, model).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`).sort();
}

test('PETRARCH dates: YYMMDD reads 00-30 as 20YY; restrictions are inclusive', () => {
  assert.equal(petrarchDate('070501'), '2007-05-01');
  assert.equal(petrarchDate('451024'), '1945-10-24');
  assert.equal(petrarchDate('20120229'), '2012-02-29');
  assert.equal(petrarchDate('20130229'), null);
  assert.deepEqual(parseRestriction('HOB < 950601'), { code: 'HOB', from: null, to: '1995-06-01', dated: true });
  assert.deepEqual(parseRestriction('HOBGOV 19950601 - 19990815'), { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15', dated: true });
  assert.deepEqual(parseRestriction('IGOUNO  >070201'), { code: 'IGOUNO', from: '2007-02-01', to: null, dated: true });
  assert.equal(typeof parseRestriction('KORGOVBUS 2004017-20061201'), 'string');
});

test('PETRARCH patterns: words before and after the verb, gaps, markers, codes', () => {
  const p = parsePattern(' SAID_$ * (TO {BANNED PARTIES}) + [032:033]  ');
  assert.ok(typeof p !== 'string');
  assert.equal(p.code, '032');
  assert.equal(p.paired, '033');
  assert.deepEqual(p.atoms.map((a) => (a.atom.kind === 'word' ? a.atom.tokens.join('_') : a.atom.kind === 'marker' ? a.atom.mark : a.atom.kind) + (a.gap ? '~' : '')), ['said', '$', 'verb~', 'to~', 'banned~', 'parties~', '+~']);
  const only = parsePattern(' * (BEFORE COURT) [:173]');
  assert.ok(typeof only !== 'string' && only.code === '---' && only.paired === '173');
  assert.match(parsePattern(' SAID TALKS [010]') as string, /no \*/);
  assert.match(parsePattern(' * TALKS') as string, /without a \[code\]/);
});

test('actor file: entries, synonyms, codes, and bad lines reported as file:line', () => {
  const lex = emptyActorLexicon();
  const stats = addPetrarchActors(lex, f('actors.txt'));
  assert.equal(stats.actors, 6);
  assert.equal(stats.synonyms, 5);
  assert.equal(stats.dated, 4);
  assert.deepEqual(lex.problems.map((p) => p.id), ['test/fixtures/petrarch/actors.txt:18']);
  assert.match(lex.problems[0].message, /bad date/);
});

test('agent file: ~ suffixes, plurals, {} and {PLURAL}, !SUBSTITUTION!, a missing code reported', () => {
  const lex = emptyActorLexicon();
  const stats = addPetrarchAgents(lex, f('agents.txt'));
  assert.equal(stats.agents, 6);
  assert.equal(stats.prefixed, 1);
  assert.ok(lex.agentCodes.has('GOV') && lex.agentCodes.has('GGS'));
  assert.deepEqual(lex.problems.map((p) => p.id), ['test/fixtures/petrarch/agents.txt:9']);
  // MINISTER(S), SOLDIER(S), POLICE (no plural), RIFLEMAN/MEN/WOMAN/WOMEN, GOOSE/GEESE, AID AGENCY/AGENCIES
  assert.equal(stats.phrases, 2 + 2 + 1 + 4 + 2 + 2);
});

test('verb file: synsets, blocks, verbs with forms, patterns; bad lines reported, not fatal', () => {
  const lex = emptyVerbLexicon();
  const stats = addPetrarchVerbs(lex, f('verbs.txt'), { acceptCode: (c) => c !== '9999' });
  assert.equal(stats.synsets, 2);
  assert.equal(stats.blocks, 6);
  assert.equal(stats.verbs, 8);
  assert.equal(stats.transformations, 1);
  assert.deepEqual(lex.problems.map((p) => p.message), ['unknown synset "&WEATHER"', 'unknown event code "9999"']);
  assert.equal(lex.forms.get('called'), 'call');
  assert.equal(lex.forms.get('gave'), 'give');
  assert.ok(lex.byLemma.get('call')!.some((p) => p.elements[0]?.kind === 'word' && p.elements[0].words.has('on')));
});

const ROWS: { text: string; date: string; expect: string[] }[] = [
  // Date restrictions choose the code valid on the article's date; before and after his term, other codes.
  { text: 'Rufus T. Firefly accused Sylvania.', date: '1933-06-01', expect: ['FRDGOV 112 SYL'] },
  { text: 'Rufus T. Firefly accused Sylvania.', date: '1932-06-01', expect: ['FRDELI 112 SYL'] },
  { text: 'President Firefly blamed Sylvania.', date: '1936-01-01', expect: ['FRDOPP 1121 SYL'] },
  // A restricted code first, the default after it; a paired code gives the reverse event; a multi-word verb.
  { text: 'Ambassador Trentino called on Freedonia.', date: '1933-01-01', expect: ['FRD 043 SYLGOV', 'SYLGOV 042 FRD'] },
  { text: 'Ambassador Trentino called on Freedonia.', date: '1940-01-01', expect: ['FRD 043 SYL', 'SYL 042 FRD'] },
  // "+" before the verb: the subject is the target; "$" after it: that actor is the source.
  { text: 'Sylvania received money from Freedonia.', date: '1933-01-01', expect: ['FRD 071 SYL'] },
  // A synset with a multi-word member and an irregular verb form.
  { text: 'Freedonia gave 5 million swiss francs to Sylvania.', date: '1933-01-01', expect: ['FRD 071 SYL'] },
  { text: 'Freedonia cut economic ties with Sylvania.', date: '1933-01-01', expect: ['FRD 161 SYL'] },
  // "---": the pattern matches and codes nothing; the block's own code "---" likewise.
  { text: 'Freedonia will never restore order.', date: '1933-01-01', expect: [] },
  { text: 'Freedonia cut its budget.', date: '1933-01-01', expect: [] },
  // Agents: demonym + agent, a substitution-set plural; a phrase without a code joins the next entry's codes.
  { text: 'Sylvanian soldiers accused Freedonian riflemen.', date: '1933-01-01', expect: ['SYLMIL 112 FRDMIL'] },
  { text: 'Rose Pinkerton accused Freedonia.', date: '1933-01-01', expect: ['SYLMIL 112 FRD'] },
  // "[NGO~]": the agent code goes before the country's.
  { text: 'A Sylvanian aid agency accused Freedonia.', date: '1933-01-01', expect: ['NGOSYL 112 FRD'] },
  // Discards: a sentence-level phrase silences its sentence, a "+" phrase the whole article.
  { text: 'Freedonia accused Sylvania. Sylvania watched the croquet match and accused Freedonia.', date: '1933-01-01', expect: ['FRD 112 SYL'] },
  { text: 'Freedonia accused Sylvania. It was like Duck Soup.', date: '1933-01-01', expect: [] },
];

for (const row of ROWS) {
  test(`codes with PETRARCH dictionaries: ${row.text} (${row.date})`, () => {
    assert.deepEqual(events(row.text, row.date), [...row.expect].sort());
  });
}

test('loading reports each bad line once, as DYAD_ERR_DICT_PARSE lines would name them', () => {
  const ids = modelProblems(model).map((p) => p.id);
  assert.deepEqual(ids.sort(), ['test/fixtures/petrarch/actors.txt:18', 'test/fixtures/petrarch/agents.txt:9', 'test/fixtures/petrarch/verbs.txt:39', 'test/fixtures/petrarch/verbs.txt:41']);
});

test('validation runner: pass, fail, skip, Config options, expected errors', () => {
  const r = runValidation(f('records.xml'));
  const by = Object.fromEntries(r.results.map((x) => [x.id, x.outcome]));
  assert.deepEqual(by, { 'DEMO-01': 'pass', 'DATE-01': 'pass', 'DEMO-02': 'pass', 'OTHER-01': 'skip', 'DEMO-03': 'fail', 'ERROR-01': 'pass' });
  assert.deepEqual(summary(r.results), { passed: 4, failed: 1, skipped: 1, rate: 0.8 });
});

test('dyad code --config and --petrarch-* options; a missing dictionary is exit 1, not a crash', async () => {
  const viaConfig = await run(['code', '-', '--date', '1933-06-01', '--config', f('config.json')], 'Rufus T. Firefly accused Sylvania.');
  assert.equal(viaConfig.code, 0, viaConfig.err);
  assert.match(viaConfig.out, /"code":"FRDGOV"/);
  assert.match(viaConfig.err, /actors\.txt:18: bad date/);
  const viaFlags = await run(['code', '-', '--date', '1933-06-01', '--no-defaults', '--petrarch-verbs', f('verbs.txt'), '--petrarch-actors', f('actors.txt')], 'Rufus T. Firefly accused Sylvania.');
  assert.equal(viaFlags.code, 0);
  assert.match(viaFlags.out, /"cameo":"112"/);
  const missing = await run(['code', '-', '--petrarch-verbs', f('nope.txt')], 'text');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no such dictionary file.*DYAD_ERR_NOT_FOUND/);
  assert.match((await run(['code', '--help'])).out, /--petrarch-verbs FILE/);
});

test('dyad validate prints each record and the counts, exit 0', async () => {
  const r = await run(['validate', f('records.xml')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^PASS DEMO-01$/m);
  assert.match(r.out, /^FAIL DEMO-03 \(line \d+\)\n {2}expected: SYL FRD 064\n {2}got: {6}FRD SYL 064$/m);
  assert.match(r.out, /^SKIP OTHER-01: category OTHER is not in <Include>$/m);
  assert.match(r.out, /6 records: 4 passed, 1 failed, 1 skipped; 80% of the 5 run passed/);
  const j = await run(['validate', f('records.xml'), '--format', 'jsonl']);
  const last = JSON.parse(j.out.trim().split('\n').pop()!);
  assert.equal(last.summary.passed, 4);
  assert.equal((await run(['validate', f('nope.xml')])).code, 1);
  assert.equal((await run(['validate'])).code, 2);
});
