// The typed records that flow between dyad's stages (see DESIGN.md and docs/formats.md).

/** An article as read from a source, before any analysis. */
export interface Article {
  /** The input record's id, or the content hash of the text. */
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD, when known. */
  date: string | null;
  title?: string | null;
  url?: string | null;
}

/** Date precision as the record contract writes it: YYYY-MM-DD, YYYY-MM or YYYY. */
export type DatePrecision = 'day' | 'month' | 'year';

/** An event's own date and how it was found. */
export interface EventDate {
  date: string;
  basis: string;
  precision: DatePrecision;
}

/** An actor as it appears in an event record. Offsets count UTF-16 code units into the sentence text. */
export interface ActorRef {
  text: string;
  /** CAMEO/ICEWS actor code (PRKGOV), or null when the phrase is not in any dictionary. */
  code: string | null;
  country: string | null;
  agent: string | null;
  start: number;
  end: number;
}

export interface Modality {
  negated: boolean;
  hypothetical: boolean;
  future: boolean;
  historical: boolean;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Evidence {
  verb: Span;
  /** The rule that fired, as path:line of its data file. */
  pattern: string;
  /** The quotation this event was coded from, if any. */
  quote: Span | null;
  /** The actor entries that resolved source and target, as path:line, when known. */
  source?: string | null;
  target?: string | null;
  /** The speaker, for events coded from reported speech or a quotation. */
  reportedBy?: ActorRef | null;
}

/** The event record: the contract published as schema/event.schema.json. */
export interface EventRecord {
  id: string;
  article: string;
  sentence: number;
  text: string;
  date: string | null;
  dateBasis: string;
  source: ActorRef;
  target: ActorRef | null;
  cameo: string;
  root: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: { type: string; mode: string | null };
  modality: Modality;
  location: { text: string; country: string | null; lat?: number; lon?: number } | null;
  evidence: Evidence;
}

/** A quotation with its speaker. */
export interface QuoteRecord {
  id: string;
  article: string;
  sentence: number;
  text: string;
  quote: Span;
  /** The speaker; its offsets are into sentence `speakerSentence` (the speaker of a quotation that runs on from an
   * earlier paragraph or sentence was named there). */
  speaker: ActorRef | null;
  speakerSentence: number | null;
  verb: Span | null;
}
