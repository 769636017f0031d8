/** A token of a sentence. Offsets count UTF-16 code units into the sentence text. */
export interface Token {
  text: string;
  /** Lower case, accents stripped, curly apostrophes straightened: the form dictionaries match. */
  norm: string;
  lemma: string;
  /** Universal POS tag (wink-nlp's tag set), corrected by our own layer. */
  pos: string;
  start: number;
  end: number;
  /** True when whitespace precedes the token. */
  spaceBefore: boolean;
}

/** What kind of block a sentence comes from: headlines, captions and datelines are not prose. */
export type BlockKind = 'body' | 'headline' | 'caption' | 'dateline';

export interface Sentence {
  index: number;
  text: string;
  /** Offset of the sentence in the article text. */
  start: number;
  paragraph: number;
  kind: BlockKind;
  tokens: Token[];
}

export interface Doc {
  text: string;
  sentences: Sentence[];
}
