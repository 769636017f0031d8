// Who said it: the subject of a verb of saying outside the quotation, or the speaker of the paragraph's
// previous quotation. First-person pronouns inside the quotation then refer to the speaker.
import type { Mention } from '../actors/types.js';
import type { Clause } from '../clauses/types.js';
import { isActorLike } from '../clauses/arguments.js';
import type { ArticleContext } from '../actors/context.js';
import type { Grammar } from '../lexicon/grammar.js';

export function findSpeaker(clauses: Clause[]): { speaker: Mention; verb: Clause } | null {
  for (const c of clauses) {
    if (!c.reporting || c.quoted) continue;
    const s = c.subject.find(isActorLike);
    if (s) return { speaker: s, verb: c };
  }
  return null;
}

/** Re-points first-person pronouns inside quotations at the speaker. */
export function bindFirstPerson(mentions: Mention[], quoted: Uint8Array, speaker: Mention, g: Grammar, ctx: ArticleContext): void {
  ctx.speaker = speaker;
  ctx.speakerSentence = mentions[0]?.sentence ?? ctx.speakerSentence;
  for (const m of mentions) {
    if (m.kind !== 'pronoun' || !quoted[m.start]) continue;
    const word = m.text.toLowerCase();
    if (g.pronouns.get(word)?.person !== 1) continue;
    m.code = speaker.code;
    m.country = speaker.country;
    m.agent = speaker.agent;
    m.via = `"${m.text}" is the speaker, "${speaker.text}"`;
    if (ctx.inCurrentSentence(speaker)) m.ref = speaker.ref ?? speaker;
  }
}
