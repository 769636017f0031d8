// What an article has said so far about its actors: the memory that back-references resolve against.
import type { Mention } from './types.js';

export interface KnownPerson {
  name: string;
  /** Normalised name tokens: "Kim Yeon-chul" -> kim, yeon-chul. */
  parts: string[];
  mention: Mention;
}

export class ArticleContext {
  readonly countries = new Set<string>();
  readonly persons: KnownPerson[] = [];
  /** Actor mentions in reading order (most recent last). */
  readonly recent: Mention[] = [];
  /** The speaker whose quotation is being read: first-person pronouns refer to it. */
  speaker: Mention | null = null;
  /** The sentence in which the current speaker last spoke. */
  speakerSentence = -10;
  /** Subjects of clauses, most recent last: the most salient referents for "he", "she", "they". */
  readonly subjects: Mention[] = [];

  private sentenceFrom = 0;
  /** How many of the oldest mentions `recent` has let go. */
  private dropped = 0;

  /** Marks where the current sentence's mentions start in `recent`. */
  beginSentence(): void {
    this.sentenceFrom = this.recent.length;
  }

  /** The sentence's first mention, when it passes the test: "Kim told reporters he ..." */
  sentenceOpener(test: (m: Mention) => boolean): Mention | null {
    const m = this.recent[this.sentenceFrom];
    return m && this.sentenceFrom < this.recent.length && test(m) ? m : null;
  }

  /** The latest mention of the sentence being read that passes the test (any, without one). */
  latestInSentence(test?: (m: Mention) => boolean): Mention | null {
    for (let i = this.recent.length - 1; i >= this.sentenceFrom; i--) if (!test || test(this.recent[i])) return this.recent[i];
    return null;
  }

  /** Mentions listed right after another actor ("Iran and Russia": Russia), which "they" may stand for together. */
  readonly listed = new WeakSet<Mention>();

  /** The mention read right before m, if both are remembered. */
  previous(m: Mention): Mention | null {
    const i = this.recent.lastIndexOf(m);
    return i > 0 ? this.recent[i - 1] : null;
  }

  /** Is this mention from the sentence being read? */
  inCurrentSentence(m: Mention): boolean {
    for (let i = this.recent.length - 1; i >= this.sentenceFrom; i--) if (this.recent[i] === m) return true;
    return false;
  }

  noteSubject(m: Mention): void {
    if (m.kind === 'thing') return;
    this.subjects.push(m);
    if (this.subjects.length > 16) this.subjects.shift();
  }

  /** The latest clause subject that satisfies the test. */
  latestSubject(test: (m: Mention) => boolean): Mention | null {
    for (let i = this.subjects.length - 1; i >= 0; i--) if (test(this.subjects[i])) return this.subjects[i];
    return null;
  }

  constructor(readonly date: string | null) {}

  /** A point to roll back to when a sentence is read again (see pipeline: quotations). */
  mark(): [number, number] {
    return [this.dropped + this.recent.length, this.persons.length];
  }

  rollback([recent, persons]: [number, number]): void {
    // Counted from the article's first mention, so that mentions dropped from the front since do not count.
    this.recent.length = Math.max(0, Math.min(this.recent.length, recent - this.dropped));
    this.sentenceFrom = Math.min(this.sentenceFrom, this.recent.length);
    this.persons.length = persons;
  }

  remember(m: Mention): void {
    if (m.kind !== 'actor' && m.kind !== 'named' && m.kind !== 'pronoun') return;
    if (m.country) this.countries.add(m.country);
    this.recent.push(m);
    // Dropping the oldest mention shifts every index, the current sentence's start too.
    if (this.recent.length > 64) { this.recent.shift(); this.dropped++; this.sentenceFrom = Math.max(0, this.sentenceFrom - 1); }
    if (m.personName) {
      const parts = m.personName.toLowerCase().split(/\s+/);
      // One entry per name, moved to the end when named again: the list stays as short as the cast.
      if (parts.length >= 2) {
        const at = this.persons.findIndex((p) => p.name === m.personName);
        if (at >= 0) this.persons.splice(at, 1);
        this.persons.push({ name: m.personName, parts, mention: m });
      }
    }
  }

  /** The latest person whose name contains this word ("Kim" -> Kim Yeon-chul, if he was the last Kim). */
  personByPart(word: string): KnownPerson | null {
    for (let i = this.persons.length - 1; i >= 0; i--) if (this.persons[i].parts.includes(word)) return this.persons[i];
    return null;
  }

  /** The possessor of a remembered phrase ("Isis" of "Isis's control"), which is no phrase of its own. */
  readonly owners = new WeakMap<Mention, Mention>();

  /** The latest mention, or possessor inside one, that satisfies the test. */
  latestOrOwner(test: (m: Mention) => boolean): Mention | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const m = this.recent[i];
      if (test(m)) return m;
      const owner = this.owners.get(m);
      if (owner && test(owner)) return owner;
    }
    return null;
  }

  /** The latest mention that satisfies the test. */
  latest(test: (m: Mention) => boolean): Mention | null {
    for (let i = this.recent.length - 1; i >= 0; i--) if (test(this.recent[i])) return this.recent[i];
    return null;
  }
}
