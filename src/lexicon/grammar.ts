// Grammar words are data (data/grammar/*.txt): pronouns, verbs of saying, negators, modals, control verbs,
// clause openers, group nouns and locative prepositions. Loaded once.
import path from 'node:path';
import { readDataLines, ROOT } from './read-lines.js';

export interface Pronoun { person: 1 | 3; number: 'sg' | 'pl' | 'thing'; use: string }
/** The frames a control verb may put around its infinitive (the third column of control-verbs.txt). */
const FRAMES = ['intent', 'future', 'threat', 'refusal', 'appeal', 'demand', 'allegation', 'coercion'] as const;
export type Frame = (typeof FRAMES)[number];
const isFrame = (f: string | undefined): f is Frame => (FRAMES as readonly (string | undefined)[]).includes(f);
export interface ControlVerb { controller: 'subject' | 'object'; modality: 'hypothetical' | 'future' | 'negated' | null; frame: Frame | null; id: string }

export interface Grammar {
  pronouns: Map<string, Pronoun>;
  reporting: Set<string>;
  /** Verbs of saying whose speaker, telling of its own force, claims responsibility for it ("claimed they attacked"). */
  avowing: Set<string>;
  /** Verbs that deny their complement ("denied that ..."). */
  denying: Set<string>;
  negators: Set<string>;
  modals: Map<string, 'future' | 'hypothetical'>;
  control: Map<string, ControlVerb>;
  boundaries: Set<string>;
  groupNouns: Set<string>;
  locatives: Set<string>;
  /** Locatives that say where a thing is ("the region near Damascus"), not where it comes from or goes. */
  situating: Set<string>;
  relationNouns: Set<string>;
  /** People nouns without an agent code of their own ("expert", "lawyer"): "a UN expert" is the UN's. */
  personNouns: Set<string>;
  /** Nouns that name an attack ("air strike", "shelling"): their modifier is the doer of a passive. */
  attackNouns: Set<string>;
  /** Weapons (weapon-nouns.txt) by lemma, with the CAMEO code of force done with them: instruments, not actors. */
  weapons: Map<string, string>;
  /** Nouns for a possessor's country ("his country"). */
  countryNouns: Set<string>;
  /** Pronouns that open a relative clause ("who", "which", "that" after a noun). */
  relativePronouns: Set<string>;
  /** Agent codes of people in general: as modifiers of a thing they make no actor. */
  modifierOnlyAgents: Set<string>;
  targetPrepositions: Set<string>;
  /** Target prepositions that count only right after a pattern. */
  adjacentOnly: Set<string>;
  /** Target prepositions that name the other party over any other ("against"). */
  opposing: Set<string>;
  /** Phrases before a number that belong to the noun phrase ("at least", "more than"), as token lists. */
  quantityWords: string[][];
  /** Words before a determiner in one noun phrase ("such a", "all the"); see predeterminers.txt. */
  predeterminers: Set<string>;
  /** Nouns for a body of people after an organisation's name ("the PIJ organization"); see organization-nouns.txt. */
  organizationNouns: Set<string>;
  /** Nouns for a kind of place ("city", "province"): a name after "of" following one is a place; see place-nouns.txt. */
  placeNouns: Set<string>;
  /** Nouns for a body that acts as one ("government", "army"): "it" or "they", never "he"; see body-nouns.txt. */
  bodyNouns: Set<string>;
  /** Words after "it is" that make "it" a placeholder ("it is clear that"); see expletive-words.txt. */
  expletiveWords: Set<string>;
  /** Words for a part of a place ("northeast"); see direction-words.txt. */
  directionWords: Set<string>;
  /** Verbs with two objects, the receiver first ("gave Ukraine permission"); see ditransitive-verbs.txt. */
  ditransitive: Set<string>;
  /** Verbs of handing over whose "to" phrase is the receiver after any object; see recipient-verbs.txt. */
  recipientVerbs: Set<string>;
  /** Verbs of moving someone somewhere: their object's "to" says where, not whose; see movement-verbs.txt. */
  movementVerbs: Set<string>;
  /** Verbs of making a text public: the place it was made public in stands for its author; see publishing-verbs.txt. */
  publishingVerbs: Set<string>;
  /** Boundary words that only say when ("after", "until"): the story goes on across them; see boundaries.txt. */
  timeBoundaries: Set<string>;
  /** Words before "to" that make it part of a connective ("according to", "up to"); see to-connectives.txt. */
  toConnectives: Set<string>;
  /** Nouns whose infinitive is an act allowed or asked for, not done ("pressure to admit"); see complement-nouns.txt. */
  complementNouns: Set<string>;
  /** People who protest: their force is a violent protest (145); see protester-nouns.txt. */
  protesterNouns: Set<string>;
  /** Verbs of living somewhere ("people living in Greece" are Greece's); see residence-verbs.txt. */
  residenceVerbs: Set<string>;
  /** Adjectives tying a group to an actor ("forces loyal to ..."); see allegiance-words.txt. */
  allegiance: Set<string>;
  /** Prepositions of several words ending in "of" ("in the wake of"), as token lists; see complex-prepositions.txt. */
  complexPrepositions: string[][];
  /** Prefixes that keep a hyphenated word a verb ("re-open"); see verb-prefixes.txt. */
  verbPrefixes: Set<string>;
  /** Meetings two parties hold ("the summit between X and Y"); see meeting-nouns.txt. */
  meetingNouns: Set<string>;
  /** Photo positions in captions ("Putin, left, and ..."); see photo-positions.txt. */
  photoPositions: Set<string>;
  /** -ing words that describe the people after them ("visiting Chinese Premier Li"). */
  attributiveParticiples: Set<string>;
  /** -ing words that form a compound with the noun after them ("a fighting force"); see compound-ing.txt. */
  compoundIng: Set<string>;
  /** Nouns of a length of time ("decades"): no phrase of a pattern's last preposition; see duration-nouns.txt. */
  durationNouns: Set<string>;
  /** Nouns plural without an -s ("police", "people"): a base-form verb after them is present tense. */
  pluralNouns: Set<string>;
  /** Irregular verb forms -> base form ("overthrew" -> "overthrow"). */
  irregular: Map<string, string>;
  /** Weekdays, months and "today"-words (read from time-words.txt): never part of an actor's noun phrase. */
  temporal: Set<string>;
  /** Time units ("year", "weeks"): temporal after "this", "last", "next" ("this year"). */
  timeUnits: Set<string>;
  /** "morning", "evening": after a weekday, part of the date ("Thursday evening"). */
  dayParts: Set<string>;
  /** Words before a time unit that make it a date ("this", "last"). */
  timeDeictics: Set<string>;
  /** Words after a number and a time unit that make it a date ("three years ago", "two days later"). */
  timeAfter: Set<string>;
}

function file(name: string): string {
  return path.join(ROOT, 'data', 'grammar', name);
}

function words(name: string): Set<string> {
  return new Set(readDataLines(file(name)).map((l) => l.fields[0].toLowerCase()));
}

let cached: Grammar | null = null;

export function grammar(): Grammar {
  if (cached) return cached;
  const pronouns = new Map<string, Pronoun>();
  for (const l of readDataLines(file('pronouns.txt'))) {
    pronouns.set(l.fields[0], { person: l.fields[1] === '1' ? 1 : 3, number: l.fields[2] as Pronoun['number'], use: l.fields[3] });
  }
  const modals = new Map<string, 'future' | 'hypothetical'>();
  for (const l of readDataLines(file('modals.txt'))) modals.set(l.fields[0], l.fields[1] === 'future' ? 'future' : 'hypothetical');
  const control = new Map<string, ControlVerb>();
  for (const l of readDataLines(file('control-verbs.txt'))) {
    const m = l.fields[2];
    const f = l.fields[3];
    const frame = isFrame(f) ? f : null;
    control.set(l.fields[0].toLowerCase(), { controller: l.fields[1] === 'object' ? 'object' : 'subject', modality: m === 'future' || m === 'hypothetical' || m === 'negated' ? m : null, frame, id: l.id });
  }
  cached = {
    pronouns, modals, control,
    reporting: words('reporting-verbs.txt'),
    avowing: new Set(readDataLines(file('reporting-verbs.txt')).filter((l) => l.fields[1] === 'avowal').map((l) => l.fields[0].toLowerCase())),
    denying: words('denial-verbs.txt'),
    negators: words('negators.txt'),
    boundaries: words('boundaries.txt'),
    groupNouns: words('group-nouns.txt'),
    locatives: words('locative-prepositions.txt'),
    situating: new Set(readDataLines(file('locative-prepositions.txt')).filter((l) => l.fields[1] !== 'motion').map((l) => l.fields[0])),
    relationNouns: words('relation-nouns.txt'),
    personNouns: words('person-nouns.txt'),
    attackNouns: words('attack-nouns.txt'),
    weapons: new Map(readDataLines(file('weapon-nouns.txt')).map((l) => [l.fields[0].toLowerCase(), l.fields[1]] as [string, string])),
    countryNouns: words('country-nouns.txt'),
    relativePronouns: words('relative-pronouns.txt'),
    modifierOnlyAgents: new Set([...words('modifier-only-agents.txt')].map((w) => w.toUpperCase())),
    targetPrepositions: words('target-prepositions.txt'),
    adjacentOnly: new Set(readDataLines(file('target-prepositions.txt')).filter((l) => l.fields[1] === 'adjacent').map((l) => l.fields[0])),
    opposing: new Set(readDataLines(file('target-prepositions.txt')).filter((l) => l.fields[1] === 'opposing').map((l) => l.fields[0])),
    predeterminers: words('predeterminers.txt'),
    organizationNouns: words('organization-nouns.txt'),
    directionWords: words('direction-words.txt'),
    placeNouns: words('place-nouns.txt'),
    bodyNouns: words('body-nouns.txt'),
    expletiveWords: words('expletive-words.txt'),
    ditransitive: words('ditransitive-verbs.txt'),
    recipientVerbs: words('recipient-verbs.txt'),
    movementVerbs: words('movement-verbs.txt'),
    publishingVerbs: words('publishing-verbs.txt'),
    timeBoundaries: new Set(readDataLines(file('boundaries.txt')).filter((l) => l.fields[1] === 'time').map((l) => l.fields[0])),
    toConnectives: words('to-connectives.txt'),
    complementNouns: words('complement-nouns.txt'),
    protesterNouns: words('protester-nouns.txt'),
    allegiance: words('allegiance-words.txt'),
    residenceVerbs: words('residence-verbs.txt'),
    complexPrepositions: readDataLines(file('complex-prepositions.txt')).map((l) => l.fields[0].toLowerCase().split(/\s+/)),
    verbPrefixes: words('verb-prefixes.txt'),
    photoPositions: words('photo-positions.txt'),
    meetingNouns: words('meeting-nouns.txt'),
    attributiveParticiples: words('attributive-participles.txt'),
    compoundIng: words('compound-ing.txt'),
    durationNouns: words('duration-nouns.txt'),
    pluralNouns: words('plural-nouns.txt'),
    irregular: new Map(readDataLines(file('irregular-verbs.txt')).map((l) => [l.fields[0], l.fields[1]] as [string, string])),
    quantityWords: readDataLines(file('quantity-words.txt')).map((l) => l.fields[0].toLowerCase().split(/\s+/)),
    temporal: temporalWords(['month', 'weekday', 'deixis']),
    timeUnits: temporalWords(['unit']),
    dayParts: temporalWords(['daypart']),
    timeDeictics: words('time-deictics.txt'),
    timeAfter: new Set([...temporalWords(['sequence-adv']), 'ago']),
  };
  return cached;
}

function temporalWords(sets: string[]): Set<string> {
  const out = new Set<string>();
  for (const l of readDataLines(file('time-words.txt'))) {
    if (!sets.includes(l.fields[0])) continue;
    for (const p of (l.fields[2] ?? '').split('|')) {
      const w = p.trim().toLowerCase();
      if (w && !w.includes(' ') && w !== 'may') out.add(w.replace(/\.$/, ''));
    }
  }
  return out;
}
