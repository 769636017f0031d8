// Actor entries (compiled from data/actors/*.txt and data/agents.txt) and the mentions found in sentences.

export type ActorRole = 'name' | 'demonym' | 'capital' | 'short' | 'region' | 'person' | 'org' | 'group';

export interface ActorEntry {
  code: string;
  role: ActorRole;
  phrase: string;
  /** Original tokens, for acronyms that must match in upper case ("US", not "us"). */
  caseTokens: string[] | null;
  from: string | null;
  to: string | null;
  id: string;
}

export interface AgentEntry {
  agent: string;
  role: 'noun' | 'title';
  phrase: string;
  id: string;
  /** The agent code goes before the country's ("NGOARN", PETRARCH's "[NGO~]"), not after it. */
  before?: boolean;
  /**
   * The words as they must stand (normalised), for an entry whose forms are all listed (PETRARCH's
   * "POLICE {} [~COP]": no plural): no lemma or plural of them matches.
   */
  exact?: string[];
}

/**
 * What kind of thing an actor phrase names, as far as a later pronoun cares: one person ("he", "she"), a body that
 * acts as one ("the government", "Hamas": "it" or "they"), several people ("the rebels": "they"), a country ("it"),
 * a place ("the Kurdish region": no pronoun's antecedent) or a thing an actor modifies ("Israeli strikes", "a US
 * announcement": "it" may mean that actor).
 */
export type Referent = 'person' | 'body' | 'group' | 'country' | 'place' | 'thing';

/** What a noun phrase turned out to be. */
export type MentionKind = 'actor' | 'named' | 'pronoun' | 'thing';

export interface Mention {
  /** Token range in the sentence, end exclusive. */
  start: number;
  end: number;
  /** Character range in the sentence. */
  charStart: number;
  charEnd: number;
  text: string;
  kind: MentionKind;
  code: string | null;
  country: string | null;
  agent: string | null;
  plural: boolean;
  /** A person's name (for back-references by surname). */
  personName: string | null;
  /** Entry ids that resolved it (`data/actors/people.txt:12`), or how it was resolved. */
  via: string | null;
  /** The country was only guessed from the article's latest actor of the same kind ("the ministry"). */
  guessed?: boolean;
  /** For a pronoun whose antecedent is in the same sentence: the antecedent, which the event then names. */
  ref?: Mention | null;
  /** A capital standing for its government ("Seoul"): no model for guessing other actors' countries. */
  capital?: boolean;
  /** "Lawmakers in Fornost and Gondor": the same kind of actor for each further country, coded as events of their own. */
  also?: Mention[];
  /** Index of the sentence the mention is in (offsets are relative to it). */
  sentence?: number;
  /** "a court in Guyana", "1.5 million people in Haiti": the whole phrase when a phrase after it gave the country. */
  extent?: { charEnd: number; text: string };
  /** "the rebels' demands", "the union's decision": the phrase before the possessive mark, resolved on its own. */
  possessor?: Mention;
  /** Coordinates, for a place found in the gazetteer ("in Aleppo"). */
  geo?: { lat: number; lon: number } | null;
  /** What the phrase names, for pronouns that refer back to it (unset: unknown, any pronoun may). */
  referent?: Referent;
}
