// One normal form for matching: text and dictionary phrases both go through it, so "Kaesŏng" matches "Kaesong"
// and "Korea’s" matches "Korea's".
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function normalize(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'");
  return s.toLowerCase();
}
