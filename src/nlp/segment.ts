// Article text -> paragraphs -> sentences. Headlines, captions and datelines become sentences of their own kind
// instead of being glued to the first sentence of the story.
import type { BlockKind, Doc, Sentence } from './types.js';
import { tokenizeParagraph } from './tokenize.js';
import { retagHeadlineVerbs } from './headline-verbs.js';
import { retagTitleCase } from './title-case.js';

/** A dateline: capitalised place words (and an outlet) before a dash, at the start of a paragraph. */
const DATELINE = /^(?:[A-Z][\p{L}.'’]*,?\s+){0,5}[A-Z][\p{L}.'’]*\s*(?:\([^)\n]{1,40}\))?(?:\s*[—–]|\s+-{1,2})(?:\s+|$)/u;
/** Prose ends with sentence punctuation, possibly inside closing quotes or brackets. */
const ENDS_LIKE_PROSE = /[.!?…]["”’)\]]*\s*$/;
const MAX_SENTENCE_CHARS = 5000;

/** Splits an article into sentences, keeping offsets into the article text. */
export function segment(text: string): Doc {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    let lineStart = m.index;
    let line = m[0];
    if (!line.trim()) continue;
    const kind: BlockKind = ENDS_LIKE_PROSE.test(line) ? 'body' : 'headline';
    if (kind === 'body') {
      const d = DATELINE.exec(line);
      if (d && d[0].length < line.length - 20 && /[a-z]/.test(line.slice(d[0].length))) {
        pushSentence(sentences, text.slice(lineStart, lineStart + d[0].length), lineStart, paragraph, 'dateline');
        lineStart += d[0].length;
        line = line.slice(d[0].length);
      }
    } else if (DATELINE.test(line) && line.length < 60) {
      pushSentence(sentences, line, lineStart, paragraph++, 'dateline');
      continue;
    }
    for (const chunk of chunks(line)) {
      for (const raw of tokenizeParagraph(chunk.text)) {
        retagTitleCase(raw.tokens);
        if (kind === 'headline' || !raw.tokens.some((t) => t.pos === 'VERB')) retagHeadlineVerbs(raw.tokens);
        sentences.push({
          index: sentences.length,
          text: chunk.text.slice(raw.start, raw.end),
          start: lineStart + chunk.start + raw.start,
          paragraph,
          kind,
          tokens: raw.tokens,
        });
      }
    }
    paragraph++;
  }
  return { text, sentences };
}

function pushSentence(out: Sentence[], raw: string, start: number, paragraph: number, kind: BlockKind): void {
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  out.push({ index: out.length, text: body, start: start + lead, paragraph, kind, tokens: [] });
}

/** Very long lines are cut at whitespace so that no sentence handed to the coder is unbounded. */
function* chunks(line: string): Generator<{ text: string; start: number }> {
  if (line.length <= MAX_SENTENCE_CHARS * 4) {
    yield { text: line, start: 0 };
    return;
  }
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + MAX_SENTENCE_CHARS * 4);
    if (end < line.length) {
      const cut = line.lastIndexOf(' ', end);
      if (cut > start) end = cut;
    }
    yield { text: line.slice(start, end), start };
    start = end;
  }
}
