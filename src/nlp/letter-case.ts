// Letter-case tests on token text. A regular expression literal inside a function makes a new RegExp object every
// time it runs; these are made once, which counts on paths that run for every token.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** The text starts with an upper-case letter ("Moon", "US"). */
export function startsUpper(text: string): boolean {
  return UPPER_FIRST.test(text);
}

/** The text starts with a lower-case letter ("rebels"). */
export function startsLower(text: string): boolean {
  return LOWER_FIRST.test(text);
}
