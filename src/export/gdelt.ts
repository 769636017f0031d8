// Stored events -> GDELT 2.0 Events rows (61 tab-separated columns, in the order of GDELT's codebook) and
// Mentions rows (16 columns). Fields we do not know (tone, geography resolved to GDELT's gazetteer) stay empty.
import type { EventRow, MentionRow } from '../store/event-query.js';
import { actorCodeParts, type CodeSets } from './actor-code-parts.js';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen',
  'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => p + c);
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** YYYYMMDDHHMMSS in UTC, GDELT's DATEADDED. */
export function gdeltTimestamp(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14);
}

/** SQLDATE, MonthYear, Year, FractionDate. A month- or year-precise date fills only what it knows. */
function dateFields(date: string | null): unknown[] {
  if (!date) return [null, null, null, null];
  const [y, m, d] = date.split('-');
  // GDELT's approximation: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
  const fraction = m && d ? (Number(y) + (Number(m) * 30 + Number(d)) / 365).toFixed(4) : null;
  return [m && d ? `${y}${m}${d}` : null, m ? `${y}${m}` : null, y, fraction];
}

function actorFields(code: string | null, text: string | null, sets: CodeSets): unknown[] {
  if (!code && !text) return Array(10).fill(null);
  const p = actorCodeParts(code, sets);
  // GDELT leaves an unknown country out of the code (REB), where PETRARCH and our records write ---REB.
  return [code?.replace(/^---/, '') || null, text?.toUpperCase() ?? null, p.country, p.knownGroup, p.ethnic, p.religion1, p.religion2, ...p.types];
}

/** EventBaseCode: the three-digit parent of a four-digit code, else the code itself. */
const baseCode = (cameo: string) => (cameo.length > 3 ? cameo.slice(0, 3) : cameo);

export function gdeltEventRow(e: EventRow, sets: CodeSets): string {
  const noGeo = Array(8).fill(null);
  // Our place is a name and perhaps coordinates; GDELT's country and ADM codes are FIPS gazetteer codes we lack.
  const action = e.location_text || e.lat !== null
    ? [null, e.location_text, null, null, null, e.lat, e.lon, null]
    : noGeo;
  const cells = [
    e.eid, ...dateFields(e.date),
    ...actorFields(e.source_code, e.source_text, sets),
    ...actorFields(e.target_code, e.target_text, sets),
    e.is_root, e.cameo, baseCode(e.cameo), e.root, e.quad_class, e.goldstein,
    e.num_mentions, e.num_sources, e.num_articles, 0,
    ...noGeo, ...noGeo, ...action,
    gdeltTimestamp(e.date_added), e.url ?? e.article_id,
  ];
  return cells.map(cell).join('\t') + '\n';
}

function hostOf(url: string | null): string | null {
  try { return url ? new URL(url).hostname : null; } catch { return null; }
}

export function gdeltMentionRow(m: MentionRow, eventAdded: string): string {
  const cells = [
    m.event_id, gdeltTimestamp(eventAdded), gdeltTimestamp(m.ingested_at),
    m.url ? 1 : 2, m.outlet ?? hostOf(m.url), m.url ?? m.article_id,
    m.sentence + 1, m.actor1_offset, m.actor2_offset, m.action_offset, 1, null, m.text_length, 0, null, null,
  ];
  return cells.map(cell).join('\t') + '\n';
}
