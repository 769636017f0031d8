// Quotation marks -> quoted spans. A quotation may run over several sentences of a paragraph, so the open/closed
// state is carried from one sentence to the next.
import type { Sentence } from '../nlp/types.js';

const OPEN = new Set(['“', '"', '«']);
const CLOSE = new Set(['”', '"', '»']);

export interface QuoteState {
  open: boolean;
  paragraph: number;
}

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Marks quoted tokens; returns the quoted character spans of the sentence. */
export function quoteSpans(s: Sentence, state: QuoteState, mask: Uint8Array): QuoteSpan[] {
  if (state.paragraph !== s.paragraph) { state.open = false; state.paragraph = s.paragraph; }
  const spans: QuoteSpan[] = [];
  let from = state.open ? 0 : -1;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i].text;
    const opening = from < 0 && OPEN.has(t);
    const closing = from >= 0 && CLOSE.has(t) && !(t === '"' && opening);
    if (opening) { from = i + 1; continue; }
    if (closing) {
      if (i > from) spans.push({ start: s.tokens[from].start, end: s.tokens[i - 1].end });
      for (let k = from; k < i; k++) mask[k] = 1;
      from = -1;
    }
  }
  if (from >= 0 && from < s.tokens.length) {
    spans.push({ start: s.tokens[from].start, end: s.tokens[s.tokens.length - 1].end });
    for (let k = from; k < s.tokens.length; k++) mask[k] = 1;
  }
  state.open = from >= 0;
  return spans;
}
