// The shapes of the API's answers, as the dashboard reads them (documented in /openapi.json).
import type { EventRecord, QuoteRecord } from '../types.js';

export interface StoredEvent extends EventRecord {
  eventId: number;
  numMentions: number;
  numArticles: number;
  numSources: number;
  url: string | null;
}

export interface EventPage {
  total: number;
  limit: number;
  offset: number;
  sort: string;
  order: 'asc' | 'desc';
  events: StoredEvent[];
}

// The series cells and rows are the analysis module's own types (type-only: nothing of it is bundled).
export type { Cell, SeriesRow } from '../analysis/series.js';
import type { SeriesRow } from '../analysis/series.js';

export interface Series {
  a: string;
  b: string;
  by: 'day' | 'week' | 'month';
  rows: SeriesRow[];
  imprecise: number;
}

export interface Alert {
  a: string;
  b: string;
  period: string;
  by: string;
  intensity: number;
  events: number;
  mean: number;
  std: number;
  z: number;
  eventList: StoredEvent[];
}

export interface Alerts {
  by: string;
  total: number;
  alerts: Alert[];
}

export interface TopDyad {
  a: string;
  b: string;
  aName: string | null;
  bName: string | null;
  events: number;
  ab: number;
  ba: number;
  quad: number[];
  goldsteinMean: number;
}

export interface TopActor {
  actor: string;
  name: string | null;
  events: number;
  asSource: number;
  asTarget: number;
  goldsteinMean: number;
}

export interface Stats {
  version: string;
  articles: number;
  events: number;
  mentions: number;
  quotes: number;
  first: string | null;
  last: string | null;
  ingest: boolean;
  private: boolean;
}

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  kind: string;
  text: string;
}

export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  dateOrigin: string;
  dateBasis: string | null;
  origin: string;
  text: string;
  duplicateOf: string | null;
  similarity: number | null;
  ingestedAt: string;
  sentences: SentenceInfo[];
  events: StoredEvent[];
  quotes: QuoteRecord[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  events: number;
  snippet: { text: string; hit: boolean }[];
}

export interface ActorInfo {
  code: string;
  name: string;
  mentions: number;
}
