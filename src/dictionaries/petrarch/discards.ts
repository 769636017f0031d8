// PETRARCH discard lists: one phrase a line; "+" before it discards the whole story, else only the sentence.
// The phrase's last word matches as a stem ("BASEBALL" also finds "baseballs") unless it ends with "_".
import type { DataProblem } from '../../lexicon/read-lines.js';
import { phraseKey } from '../../lexicon/phrase-tokens.js';
import { phraseText, readPetrarchFile } from './lines.js';

export interface DiscardPhrase {
  tokens: string[];
  scope: 'sentence' | 'story';
  /** The last token may be the start of a longer word. */
  stem: boolean;
  id: string;
}

export function readDiscards(file: string, text?: string): { phrases: DiscardPhrase[]; problems: DataProblem[] } {
  const f = readPetrarchFile(file, text);
  const phrases: DiscardPhrase[] = [];
  const problems = [...f.problems];
  for (const l of f.lines) {
    let t = l.text.trim();
    const scope = t.startsWith('+') ? 'story' : 'sentence';
    if (scope === 'story') t = t.slice(1).trim();
    const stem = !t.endsWith('_');
    const tokens = phraseKey(phraseText(t.replace(/_+$/, '')));
    if (!tokens.length) { problems.push({ id: l.id, message: 'empty discard phrase' }); continue; }
    phrases.push({ tokens, scope, stem, id: l.id });
  }
  return { phrases, problems };
}
