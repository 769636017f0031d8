// A publication date as pages and feeds write it -> YYYY-MM-DD. The calendar date is the one the publisher wrote
// ("2020-06-17T08:30:00+09:00" is June 17, not June 16 in UTC): that is the date the article's "Wednesday" means.

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
/** RFC 822 as RSS writes it: "Wed, 17 Jun 2020 08:30:00 +0900". */
const RFC822 = /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/;

function ymd(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (Number.isNaN(t) || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function publishedDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const rfc = RFC822.exec(s);
  if (rfc) {
    // The month's name is read by the JavaScript date parser, so no month names live in our code.
    const month = new Date(`${rfc[2]} 1, 2000 UTC`).getUTCMonth();
    if (!Number.isNaN(month)) return ymd(+rfc[3], month + 1, +rfc[1]);
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
