// A CAMEO actor code -> the parts GDELT publishes separately: country, known group, types. A code is 3-letter
// segments: KORGOV is KOR + GOV; AFGREBTAL is AFG + REB + TAL (the Taliban); IGOUNO is IGO + UNO.
// Which segment is what comes from data (read by cli/code-sets.ts): country codes from our country dictionary, type codes
// from the agent dictionary. Ethnic and religious codes are not in our dictionaries, so they stay empty.

/** Country codes and type (agent) codes, as data says. */
export interface CodeSets {
  countries: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

export interface ActorCodeParts {
  country: string | null;
  knownGroup: string | null;
  ethnic: string | null;
  religion1: string | null;
  religion2: string | null;
  types: [string | null, string | null, string | null];
}

export function actorCodeParts(code: string | null, sets: CodeSets): ActorCodeParts {
  const parts: ActorCodeParts = { country: null, knownGroup: null, ethnic: null, religion1: null, religion2: null, types: [null, null, null] };
  // PETRARCH's `---` (country unknown: ---REB) holds the country's place and is not a type.
  const segs: string[] = (code?.match(/.{3}/g) ?? []).filter((seg, k) => k > 0 || seg !== '---');
  let i = 0;
  if (segs.length && sets.countries.has(segs[0])) { parts.country = segs[0]; i = 1; }
  const types: string[] = [];
  const unknown: string[] = [];
  for (; i < segs.length; i++) {
    // A leading segment that is not a country is CAMEO's international class (IGO, NGO, IMG): a type.
    if (sets.types.has(segs[i]) || (i === 0 && segs.length > 1)) types.push(segs[i]);
    else unknown.push(segs[i]);
  }
  // The most specific unknown segment names the group (IMGMUSISI: ISI, the Islamic State).
  parts.knownGroup = unknown.length ? unknown[unknown.length - 1] : null;
  parts.types = [types[0] ?? null, types[1] ?? null, types[2] ?? null];
  return parts;
}

/** The actor as dyads are counted: its country when its code starts with one, else its whole code (IGOUNO). */
export function dyadSide(code: string | null, sets: CodeSets): string | null {
  if (!code) return null;
  const head = code.slice(0, 3);
  if (head === '---') return code.slice(3) || null;
  return sets.countries.has(head) ? head : code;
}
