// How actors and agents of PETRARCH dictionaries compose in a noun phrase and across conjuncts, on small inline
// dictionaries: listed forms only for {..} entries, every agent of a phrase on its actor (modifiers, prefixed
// agents), an agent with no country before an unknown name, countries shared by conjoined agents, "nor" lists,
// and no gazetteer places with --no-defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../src/model.js';
import { codeArticle } from '../src/pipeline.js';
import { addPetrarchActors } from '../src/dictionaries/petrarch/actors.js';
import { addPetrarchAgents } from '../src/dictionaries/petrarch/agents.js';
import { addPetrarchVerbs } from '../src/dictionaries/petrarch/verbs.js';

const ACTORS = `
FREEDONIA_ [FRD]
+FREEDONIAN_
SYLVANIA_ [SYL]
+SYLVANIAN_
MARXONIA_ [MRX]
SYLVANIA TELEVISION [SYLTV]
SYLVANIA_RADIO [SYLRAD]
`;
const AGENTS = `
MINISTER [~GOV]
OFFICIAL [~GOV]
GOVERNMENT [~GOV]
LAWMAKER [~LEG]
MEDIA {} [~MED]
POLICE {} [~COP]
STUDENT [~EDU]
MSF {} [NGO~]
!MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
!MINST!_OF_SILLY_WALKS [~GOV]
`;
const VERBS = `
--- ACCUSE [112] ---
ACCUSE
--- ARREST [173] ---
ARREST
--- CONDEMN [122] ---
CONDEMN
`;

const model = loadModel({ noDefaults: true, anyCode: true });
addPetrarchActors(model.actors, 'inline-actors.txt', ACTORS);
addPetrarchAgents(model.actors, 'inline-agents.txt', AGENTS);
addPetrarchVerbs(model.verbs, 'inline-verbs.txt', { acceptCode: () => true }, VERBS);

function events(text: string): string[] {
  return codeArticle({ id: 't', text, date: '1995-01-01' }, model).events.map((e) => `${e.source.code} ${e.cameo} ${e.target?.code ?? '-'}`).sort();
}

test('an agent whose forms are listed in {...} matches those forms only ("POLICE {}": no "polices")', () => {
  assert.deepEqual(events('Freedonia accused the Sylvanian police.'), ['FRD 112 SYLCOP']);
  assert.deepEqual(events('Freedonia accused Sylvania\'s polices.'), ['FRD 112 SYL']);
  // Generated plurals still match.
  assert.deepEqual(events('Freedonia accused Sylvanian officials.'), ['FRD 112 SYLGOV']);
});

test('with --no-defaults the gazetteer gives no country: "students in Moscow" stay students', () => {
  assert.equal(model.actors.places, false);
  assert.deepEqual(events('Sylvanian police arrested students in Moscow today.'), ['SYLCOP 173 ---EDU']);
  assert.equal(loadModel({ noDefaults: false }).actors.places, true);
});

test('an agent among the modifiers joins the country ("the Sylvanian government issue" -> SYLGOV)', () => {
  assert.deepEqual(events('The Sylvanian government issue accused Freedonia.'), ['SYLGOV 112 FRD']);
  // A country modifier alone still stands for the phrase, with no agent.
  assert.deepEqual(events('The Sylvanian issue accused Freedonia.'), ['SYL 112 FRD']);
});

test('an agent before a name no dictionary knows gives the agent without a country ("official news agency WFNA")', () => {
  assert.deepEqual(events('The official news agency WFNA accused Freedonia.'), ['---GOV 112 FRD']);
});

test('a prefixed agent ([NGO~]) stays on the actor when another agent heads the phrase', () => {
  assert.deepEqual(events('An MSF Sylvanian minister accused Freedonia.'), ['NGOSYLGOV 112 FRD']);
  assert.deepEqual(events('An MSF Sylvanian team accused Freedonia.'), ['NGOSYL 112 FRD']);
});

test('a bare agent conjoined after a country-modified one shares its country; not after a determiner', () => {
  assert.deepEqual(events('Sylvanian media and government accused Freedonia.'), ['SYLGOV 112 FRD', 'SYLMED 112 FRD']);
  assert.deepEqual(events('The Sylvanian media and government accused Freedonia.'), ['---GOV 112 FRD', 'SYLMED 112 FRD']);
});

test('agents conjoined before "in X and Y" take each country', () => {
  assert.deepEqual(events('Lawmakers and officials in Sylvania and Freedonia accused Marxonia.'),
    ['FRDGOV 112 MRX', 'FRDLEG 112 MRX', 'SYLGOV 112 MRX', 'SYLLEG 112 MRX']);
});

test('"neither X nor Y" is a list of subjects', () => {
  assert.deepEqual(events('Neither Sylvania nor Freedonia accused Marxonia.'), ['FRD 112 MRX', 'SYL 112 MRX']);
});

test('a word inside a dictionary phrase of several words is no verb ("Ministry of Silly Walks condemned")', () => {
  assert.deepEqual(events('The Sylvanian Ministry of Silly Walks condemned Freedonia.'), ['SYLGOV 122 FRD']);
});

test('a serial comma before "and" still closes a list, of subjects and of objects', () => {
  assert.deepEqual(events('Sylvania, the awful Freedonia, and good Marxonia condemned the Sylvanian police.'),
    ['FRD 122 SYLCOP', 'MRX 122 SYLCOP', 'SYL 122 SYLCOP']);
  assert.deepEqual(events('Marxonia condemned Sylvania, Freedonia, and the Sylvanian police.'),
    ['MRX 122 FRD', 'MRX 122 SYL', 'MRX 122 SYLCOP']);
  // Two clauses joined by ", and" are no list.
  assert.ok(!events('Freedonia accused Sylvania, and Marxonia condemned Freedonia.').includes('FRD 112 MRX'));
});

test('a space between the words of an actor phrase lets modifiers stand between them; "_" does not', () => {
  assert.deepEqual(events('Freedonia accused Sylvania state-run television.'), ['FRD 112 SYLTV']);
  assert.deepEqual(events('Freedonia accused Sylvania television.'), ['FRD 112 SYLTV']);
  assert.deepEqual(events('Freedonia accused Sylvania state radio.'), ['FRD 112 SYL']);
  // Not across a preposition or a verb.
  assert.deepEqual(events('Freedonia accused Sylvania on television.'), ['FRD 112 SYL']);
});
