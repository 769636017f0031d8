// Calendar periods for series and alerts: a day (YYYY-MM-DD), an ISO week (named by its Monday, YYYY-MM-DD) or a
// month (YYYY-MM). All arithmetic is in UTC on calendar dates, so time zones never shift a day.

export type Period = 'day' | 'week' | 'month';
export const PERIODS: readonly Period[] = ['day', 'week', 'month'];

const DAY = 86400000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`);

/** The period a date falls in, or null when the date is less precise than the period (a "2020-06" event has no week). */
export function periodOf(date: string | null, by: Period): string | null {
  if (!date) return null;
  if (by === 'month') return date.length >= 7 ? date.slice(0, 7) : null;
  if (date.length < 10) return null;
  if (by === 'day') return date.slice(0, 10);
  const t = time(date.slice(0, 10));
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return iso(t - weekday * DAY);
}

export function nextPeriod(p: string, by: Period): string {
  if (by === 'month') {
    const [y, m] = p.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  return iso(time(p) + (by === 'week' ? 7 : 1) * DAY);
}

/** Every period from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: string, last: string, by: Period): string[] {
  const a = periodOf(by === 'month' ? first.slice(0, 7) : first, by);
  const b = periodOf(by === 'month' ? last.slice(0, 7) : last, by);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let p = a; p <= b; p = nextPeriod(p, by)) out.push(p);
  return out;
}

/** The first and last calendar day of a period. */
export function periodDays(p: string, by: Period): [string, string] {
  if (by === 'day') return [p, p];
  if (by === 'week') return [p, iso(time(p) + 6 * DAY)];
  const next = nextPeriod(p, 'month');
  return [`${p}-01`, iso(time(`${next}-01`) - DAY)];
}
