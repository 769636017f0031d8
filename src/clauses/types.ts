import type { Mention } from '../actors/types.js';
import type { Frame } from '../lexicon/grammar.js';

/** A verb group with its arguments, as far as part-of-speech patterns can tell. */
export interface Clause {
  /** Token index of the head verb, and of the group's first word (auxiliaries, negators). */
  head: number;
  groupStart: number;
  lemma: string;
  negated: boolean;
  future: boolean;
  hypothetical: boolean;
  passive: boolean;
  /** "to return", "of violating", "the deal struck by": clauses whose subject comes from elsewhere. */
  nonFinite: 'infinitive' | 'gerund' | 'participle' | null;
  subject: Mention[];
  /** The passive's "by" phrase: the real doer. */
  byAgent: Mention[];
  /** The weapon through which the doer acted ("was blown up by a missile fired by rebels"); see weapon-nouns.txt. */
  instrument?: Mention;
  /** Index of the clause that governs this one ("urged ... to return": return is governed by urged). */
  governor: number | null;
  /** This is a verb of saying. */
  reporting: boolean;
  /** Index of the reporting clause whose content this clause is. */
  reportedBy: number | null;
  quoted: boolean;
  /** An infinitive that completes a noun ("a call to release them"): it asserts no event. */
  nounComplement?: boolean;
  /** An -ing clause right after a noun that it describes ("protesters demanding the release", "a bus carrying
   * pilgrims"): the noun is its subject, and it tells about that noun as a relative clause does. */
  describes?: boolean;
  /**
   * The frame a governing verb or adjective puts around this clause's event ("agreed to", "willing to", "urged X to");
   * `purpose`: taken from the verb an infinitive of purpose follows ("will travel to Ankara to meet").
   */
  frame: { frame: Frame; id: string; at: number; purpose?: boolean } | null;
}
