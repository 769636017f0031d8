// Verb patterns that can never fire: a head the tokenizer cannot make one token of, or that is a modal (never a
// clause's head); words of a word element the tokenizer cuts in two; two slots with nothing between them; a gap at
// the end or two gaps in a row; and a pattern identical to an earlier one of the same verb (the earlier wins).
import type { Element, VerbLexicon, VerbPattern } from '../../coder/verb-lexicon.js';
import { phraseTokens } from '../../lexicon/phrase-tokens.js';
import type { Finding } from './types.js';

export function verbFindings(lex: VerbLexicon, modals: Set<string>): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  const once = (f: Finding) => { const k = f.id + f.message; if (!reported.has(k)) { reported.add(k); out.push(f); } };
  for (const [lemma, list] of lex.byLemma) {
    const seen = new Map<string, VerbPattern>();
    for (const p of [...list].sort((a, b) => a.order - b.order)) {
      if (phraseTokens(lemma).length !== 1) once({ id: p.id, severity: 'warning', message: `head "${lemma}" is not one token of text, so no verb can match it` });
      if (modals.has(lemma)) once({ id: p.id, severity: 'warning', message: `head "${lemma}" is read as an auxiliary, never as a clause's verb` });
      for (const m of shapeProblems(p)) once({ id: p.id, severity: 'warning', message: m });
      const sig = signature(p);
      const earlier = seen.get(sig);
      // A PETRARCH pattern line is compiled once per verb of its block: it is reported once.
      if (earlier && earlier.id !== p.id) {
        once({ id: p.id, severity: 'warning', message: `never fires: the same pattern is at ${earlier.id}${earlier.code !== p.code ? ` with code ${earlier.code} (not ${p.code})` : ''}` });
      } else if (!earlier) seen.set(sig, p);
    }
  }
  return out;
}

function shapeProblems(p: VerbPattern): string[] {
  const out: string[] = [];
  const check = (els: Element[], side: string) => {
    for (let i = 0; i < els.length; i++) {
      const e = els[i];
      const next = els[i + 1];
      if (e.kind === 'word') {
        for (const w of e.words) if (phraseTokens(w).length > 1) out.push(`"${w}" is ${phraseTokens(w).length} tokens of text, so this word never matches one token`);
      }
      const slot = (x: Element | undefined) => !!x && (x.kind === 'target' || x.kind === 'source');
      if (slot(e) && slot(next)) out.push(`two actor slots with nothing between them ${side} the verb: the first phrase fills both`);
      if (e.kind === 'gap' && next?.kind === 'gap') out.push(`two gaps in a row ${side} the verb`);
    }
  };
  check(p.elements, 'after');
  if (p.before) check(p.before, 'before');
  if (p.elements[p.elements.length - 1]?.kind === 'gap') out.push('the pattern ends with a gap, which matches nothing more');
  return out;
}

/** What makes two patterns of one verb the same: their elements, the words before the verb, the verb's forms. */
function signature(p: VerbPattern): string {
  const el = (e: Element) => (e.kind === 'word' ? `w${e.optional ? '?' : ''}${e.exact ? '!' : ''}:${[...e.words].sort().join('|')}:${e.phrases.map((x) => x.join('_')).sort().join('|')}` : e.kind === 'gap' ? `g${e.max ?? ''}` : e.kind);
  return [p.elements.map(el).join(' '), (p.before ?? []).map(el).join(' '), p.forms ? [...p.forms].sort().join(',') : '', p.subject ?? '',
    // Patterns for particular subjects ("@&PEACEKEEPER") or for reported speech only are not the same as the plain one.
    p.subjectWords ? [...p.subjectWords].sort().join(',') : '', p.reported ? 'reported' : ''].join(' / ');
}
