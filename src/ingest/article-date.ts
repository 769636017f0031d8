// Which date an article gets: the page's own metadata, else its dateline, else the date the user gave.
import type { DateOrigin } from './types.js';
import type { Dateline } from './dateline.js';

export interface SettledDate {
  date: string | null;
  origin: DateOrigin;
  basis: string | null;
}

export function settleDate(meta: { date: string | null; basis: string | null }, dateline: Dateline | null, userDate: string | null): SettledDate {
  if (meta.date) return { date: meta.date, origin: 'metadata', basis: meta.basis };
  if (dateline?.date) return { date: dateline.date, origin: 'dateline', basis: `dateline '${dateline.text}'` };
  if (userDate) return { date: userDate, origin: 'user', basis: '--date' };
  return { date: null, origin: 'none', basis: null };
}
