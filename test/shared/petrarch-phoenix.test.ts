// The real PETRARCH-2 / Phoenix dictionaries (../shared/data/ontology/petrarch2-dictionaries) load without
// failing, with the counts their SOURCE.md gives, each bad line reported as path:line; date-restricted codes
// follow the article's date. Load time is measured by `npm run bench` (section "petrarch-load"), not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { emptyActorLexicon } from '../../src/actors/lexicon.js';
import { emptyVerbLexicon } from '../../src/coder/verb-lexicon.js';
import { loadModel, modelProblems } from '../../src/model.js';
import { codeArticle } from '../../src/pipeline.js';
import { addPetrarchActors } from '../../src/dictionaries/petrarch/actors.js';
import { addPetrarchAgents } from '../../src/dictionaries/petrarch/agents.js';
import { addPetrarchVerbs } from '../../src/dictionaries/petrarch/verbs.js';
import { sharedDir } from './shared-dir.js';

const DIR = path.join(sharedDir(), 'data', 'ontology', 'petrarch2-dictionaries');
const f = (name: string) => path.join(DIR, name);
const ACTORS = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(f);
const PHOENIX = { petrarchVerbFiles: [f('CAMEO.2.0.txt')], petrarchActorFiles: ACTORS, petrarchAgentFiles: [f('Phoenix.agents.txt')], discardFiles: [f('Phoenix.discards.txt')] };

test('CAMEO.2.0.txt: 40 synsets, 397 blocks, 4,668 patterns (one unreadable), 1,817 verb lines', () => {
  const lex = emptyVerbLexicon();
  const s = addPetrarchVerbs(lex, f('CAMEO.2.0.txt'), { acceptCode: () => true });
  assert.equal(s.synsets, 40);
  assert.equal(s.members, 558);
  assert.equal(s.blocks, 397);
  assert.equal(s.patterns + lex.problems.filter((p) => /bad word/.test(p.message)).length, 4668);
  assert.equal(s.verbs + lex.problems.filter((p) => /verb (line|form)/.test(p.message)).length, 1817);
  assert.equal(s.transformations, 8);
  for (const p of lex.problems) assert.match(p.id, /CAMEO\.2\.0\.txt:\d+$/);
  assert.ok(lex.problems.length <= 8, lex.problems.map((p) => `${p.id} ${p.message}`).join('\n'));
});

test('a PETRARCH-1 pattern file (CAMEO.verbpatterns.150430.txt) loads: 11,004 of 11,010 patterns, bad lines named', () => {
  const lex = emptyVerbLexicon();
  const s = addPetrarchVerbs(lex, f('CAMEO.verbpatterns.150430.txt'), { acceptCode: () => true });
  assert.equal(s.blocks, 396);
  assert.equal(s.synsets, 38);
  assert.ok(s.patterns >= 11004 && s.verbs >= 1860, JSON.stringify({ ...s, unsupported: undefined }));
  assert.ok(lex.problems.length <= 8 && lex.problems.every((p) => /150430\.txt:\d+$/.test(p.id)));
});

test('Phoenix actors: about 27,000 actors with their synonyms and dated codes; bad lines named, not fatal', () => {
  const lex = emptyActorLexicon();
  const s = ACTORS.map((file) => addPetrarchActors(lex, file));
  const actors = s.reduce((n, x) => n + x.actors, 0);
  assert.ok(actors > 27000 && actors < 27300, `${actors} actors`);
  assert.ok(s[0].synonyms > 7400 && s[0].dated > 26000, JSON.stringify(s[0]));
  for (const p of lex.problems) assert.match(p.id, /Phoenix\.\w+\.actors\.txt:\d+$/);
  assert.ok(lex.problems.length > 0 && lex.problems.length < 40, lex.problems.map((p) => `${p.id} ${p.message}`).join('\n'));
});

test('Phoenix agents: 2,244 entries, 84 agent codes; the two malformed lines reported', () => {
  const lex = emptyActorLexicon();
  const s = addPetrarchAgents(lex, f('Phoenix.agents.txt'));
  assert.equal(s.agents, 2243);
  assert.equal(s.codes.size, 84);
  assert.deepEqual(lex.problems.map((p) => p.id.replace(/^.*\//, '')), ['Phoenix.agents.txt:544', 'Phoenix.agents.txt:1927']);
});

const phoenix = loadModel({ noDefaults: true, ...PHOENIX });
const withDefaults = loadModel(PHOENIX);
const sourceOf = (m: typeof phoenix, text: string, date: string) => codeArticle({ id: 't', text, date }, m).events.map((e) => e.source.code);

test('date restrictions: MOON_JAE_IN_ is KORGOV from 2007-05-01 to 2008-07-31 in Phoenix, not after', () => {
  const text = 'Moon Jae In accused North Korea of violating the agreement.';
  assert.deepEqual(sourceOf(phoenix, text, '2007-06-01'), ['KORGOV']);
  assert.notDeepEqual(sourceOf(phoenix, text, '2018-06-01'), ['KORGOV']);
});

test('with dyad\'s own dictionaries too: Moon Jae-in is KORGOV 2017-05-10..2022-05-09, and Phoenix\'s 2007 office still counts', () => {
  const text = 'Moon Jae-in accused North Korea of violating the agreement.';
  assert.deepEqual(sourceOf(withDefaults, text, '2018-06-01'), ['KORGOV']);
  assert.deepEqual(sourceOf(withDefaults, 'Moon Jae In accused North Korea of violating the agreement.', '2007-06-01'), ['KORGOV']);
  assert.notDeepEqual(sourceOf(withDefaults, text, '2023-01-01'), ['KORGOV']);
  assert.ok(modelProblems(withDefaults).every((p) => /:\d+$/.test(p.id)));
});

test('the Phoenix dictionaries code news: verbs, actors and agents together', () => {
  const events = codeArticle({ id: 't', text: 'Israeli troops attacked Palestinian protesters in Gaza.', date: '2014-07-10' }, phoenix).events;
  assert.ok(events.some((e) => e.source.code?.startsWith('ISR') && e.cameo.startsWith('1') && e.target?.code?.startsWith('PSE')), JSON.stringify(events.map((e) => [e.source.code, e.cameo, e.target?.code])));
});
