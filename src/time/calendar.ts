// Calendar dates with a day ("June 16, 2020", "16 June", "Oct. 5", "2020-06-16", "6/16/2020"), parsed by chrono.
// A cheap regex finds the candidates first; chrono only ever sees those short windows, never whole sentences.
import * as chrono from 'chrono-node';
import { execAll, phrasesSource } from './patterns.js';
import { phrasesOf, type TimeWords } from './words.js';
import type { Meaning } from './rules.js';

export interface CalendarHit {
  start: number;
  end: number;
  text: string;
  meaning: Meaning;
}

/** The candidate finder for a vocabulary: a month name next to a day number, or an all-digit date. */
export function calendarFinder(words: TimeWords): RegExp {
  const month = `(?:${phrasesSource(phrasesOf(words, 'month'))})`;
  const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
  const year = String.raw`(?:,?\s+\d{4}(?!\d))?`;
  const range = String.raw`(?:\s*[-–]\s*\d{1,2}(?!\d))?`;
  return new RegExp(
    [
      String.raw`(?<![\w'’])${month}\s*${day}(?![\d:])${range}${year}`,
      String.raw`(?<![\d.,:])${day}\s+(?:of\s+)?${month}(?!\w)${year}`,
      String.raw`(?<![\d.,\/-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?![\d\/-])`,
    ].join('|'),
    'g',
  );
}

/**
 * chrono's strict English parser cut down to its calendar-date parsers (4 µs a window instead of 13); if a chrono
 * release renames them, the whole strict parser is used.
 */
const CALENDAR_PARSERS = /MonthName(Little|Middle)Endian|ISOFormat|SlashDate|YearMonthDay/;
const calendarChrono = (() => {
  const c = chrono.en.strict.clone();
  c.parsers = c.parsers.filter((p) => CALENDAR_PARSERS.test(p.constructor.name));
  return c.parsers.length >= 3 ? c : chrono.en.strict;
})();

// The reference only fills in parts the text lacks; a leap year keeps "February 29" valid. The caller infers the
// year itself from the article date and the tense (relative.ts).
const REFERENCE = new Date(2000, 0, 1, 12);

/** Calendar dates in a text; `offset` is added to their positions. */
export function findCalendarDates(text: string, finder: RegExp, offset = 0): CalendarHit[] {
  const out: CalendarHit[] = [];
  for (const hit of execAll(finder, text)) {
    for (const r of calendarChrono.parse(hit[0], REFERENCE, { forwardDate: false })) {
      const c = r.start;
      if (!c.isCertain('month') || !c.isCertain('day')) continue;
      const start = offset + hit.index + r.index;
      const meaning: Meaning = {
        kind: 'calendar',
        year: c.isCertain('year') ? c.get('year')! : null,
        month: c.get('month')!,
        day: c.get('day')!,
      };
      out.push({ start, end: start + r.text.length, text: r.text, meaning });
      break;
    }
  }
  return out;
}
