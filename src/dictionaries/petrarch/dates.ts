// PETRARCH dates and date restrictions: YYYYMMDD, or YYMMDD read as 20YY for 00-30 and 19YY otherwise (the
// KEDS/TABARI habit). Restrictions: "<date" up to and including the date, ">date" from it on, "d1-d2" between.
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A PETRARCH date as YYYY-MM-DD, or null when it is not a real date. */
export function petrarchDate(s: string): string | null {
  let y: number, rest: string;
  if (/^\d{8}$/.test(s)) { y = Number(s.slice(0, 4)); rest = s.slice(4); }
  else if (/^\d{6}$/.test(s)) { const yy = Number(s.slice(0, 2)); y = yy <= 30 ? 2000 + yy : 1900 + yy; rest = s.slice(2); }
  else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

export interface CodeRestriction {
  code: string;
  from: string | null;
  to: string | null;
  /** True when the code has a date restriction; the others are defaults. */
  dated: boolean;
}

const RESTRICTION = /^(\S+)(?:\s*([<>])\s*(\d+)|\s+(\d+)\s*-\s*(\d+))?$/;

/** The inside of one `[...]` of an actor dictionary: "KORGOV 070501-080731", "HOB < 950601", "IGOUNO". */
export function parseRestriction(inside: string): CodeRestriction | string {
  const m = RESTRICTION.exec(inside.trim());
  if (!m) return `bad code or date restriction "[${inside.trim()}]"`;
  const code = m[1];
  if (m[2]) {
    const d = petrarchDate(m[3]);
    if (!d) return `bad date "${m[3]}" in "[${inside.trim()}]"`;
    return m[2] === '<' ? { code, from: null, to: d, dated: true } : { code, from: d, to: null, dated: true };
  }
  if (m[4]) {
    const a = petrarchDate(m[4]);
    const b = petrarchDate(m[5]);
    if (!a || !b) return `bad date in "[${inside.trim()}]"`;
    if (b < a) return `date range ends before it starts in "[${inside.trim()}]"`;
    return { code, from: a, to: b, dated: true };
  }
  return { code, from: null, to: null, dated: false };
}
