// A CAMEO actor code -> the parts GDELT publishes separately: country, known group, types. A code is 3-letter
// segments: KORGOV is KOR + GOV; AFGREBTAL is AFG + REB + TAL (the Taliban); IGOUNO is IGO + UNO.
// Which segment is what comes from data: the event's own country field, and the agent codes of data/agents.txt.
// Ethnic and religious codes are not in our dictionaries, so they stay empty.

export interface ActorCodeParts {
  country: string | null;
  knownGroup: string | null;
  ethnic: string | null;
  religion1: string | null;
  religion2: string | null;
  types: [string | null, string | null, string | null];
}

export function actorCodeParts(code: string | null, country: string | null, typeCodes: ReadonlySet<string>): ActorCodeParts {
  const parts: ActorCodeParts = { country: null, knownGroup: null, ethnic: null, religion1: null, religion2: null, types: [null, null, null] };
  if (!code) { parts.country = country; return parts; }
  const segs = code.match(/.{3}/g) ?? [];
  let i = 0;
  if (country && segs[0] === country) { parts.country = country; i = 1; }
  const types: string[] = [];
  const unknown: string[] = [];
  for (; i < segs.length; i++) {
    // A leading segment that is not a country is CAMEO's international class (IGO, NGO, IMG): a type.
    if (typeCodes.has(segs[i]) || (i === 0 && segs.length > 1)) types.push(segs[i]);
    else unknown.push(segs[i]);
  }
  // The most specific unknown segment names the group (IMGMUSISI: ISI, the Islamic State).
  parts.knownGroup = unknown.length ? unknown[unknown.length - 1] : null;
  parts.types = [types[0] ?? null, types[1] ?? null, types[2] ?? null];
  return parts;
}
