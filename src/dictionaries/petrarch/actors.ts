// PETRARCH actor dictionaries -> dyad's actor entries. A primary phrase (NORTH_KOREA_ [PRK]) opens an entry;
// "+" lines add synonyms; codes follow on the phrase's line or on indented lines, each maybe restricted by date
// ([KORGOV 070501-080731], [HOB <950601], [HOBREB >990816]). A phrase without a code joins the next entry that
// has one (PETRARCH-1's reading). Restricted codes are tried first, in file order; an unrestricted code is the
// default. "---" is PETRARCH's null code: the phrase is known but codes nothing, so it adds no entry.
import { addGapped, type ActorLexicon } from '../../actors/lexicon.js';
import type { ActorEntry, ActorRole } from '../../actors/types.js';
import { phraseTokens } from '../../lexicon/phrase-tokens.js';
import { normalize } from '../../nlp/normalize.js';
import type { DataProblem } from '../../lexicon/read-lines.js';
import { parseRestriction, type CodeRestriction } from './dates.js';
import { phraseText, readPetrarchFile } from './lines.js';

export interface ActorStats {
  /** Primary phrases: PETRARCH's actors. */
  actors: number;
  synonyms: number;
  codes: number;
  dated: number;
  /** Phrase entries added to the lexicon (every phrase with every code). */
  entries: number;
}

interface Group { phrases: { text: string; id: string; raw: string }[]; codes: CodeRestriction[]; firstId: string }

const NULL_CODE = '---';
const CODE = /^[A-Za-z0-9~+#/*-]+$/;
/** Short words in capitals ("US", "UN", "AU") must match in capitals, or "us" would be the United States. */
const SHORT = /^[A-Za-z]{1,3}$/;

export function addPetrarchActors(lex: ActorLexicon, file: string, text?: string): ActorStats {
  const f = readPetrarchFile(file, text);
  const problems: DataProblem[] = [...f.problems];
  const stats: ActorStats = { actors: 0, synonyms: 0, codes: 0, dated: 0, entries: 0 };
  let cur: Group | null = null;
  const close = () => {
    if (!cur) return;
    if (!cur.codes.length) problems.push({ id: cur.firstId, message: `no code for "${cur.phrases[0].text}"` });
    else stats.entries += addGroup(lex, cur);
    cur = null;
  };
  for (const l of f.lines) {
    const t = l.text.trim();
    const at = t.indexOf('[');
    const head = (at < 0 ? t : t.slice(0, at)).trim();
    const codes = at < 0 ? [] : brackets(t.slice(at));
    if (typeof codes === 'string') { problems.push({ id: l.id, message: codes }); continue; }
    if (!head) {
      if (!cur) { problems.push({ id: l.id, message: 'code line before any actor phrase' }); continue; }
      addCodes(cur, codes, stats);
      continue;
    }
    const synonym = head.startsWith('+');
    const phrase = phraseText(synonym ? head.slice(1) : head);
    if (!phrase || !/[\p{L}\p{N}]/u.test(phrase)) { problems.push({ id: l.id, message: `bad phrase "${head}"` }); continue; }
    if (synonym) {
      if (!cur) { problems.push({ id: l.id, message: 'synonym "+" line before any actor phrase' }); continue; }
      stats.synonyms++;
    } else {
      stats.actors++;
      // Codes already given close the entry; a phrase with none yet joins the next one.
      if (cur && (cur as Group).codes.length) close();
    }
    cur ??= { phrases: [], codes: [], firstId: l.id };
    cur.phrases.push({ text: phrase, id: l.id, raw: synonym ? head.slice(1).trim() : head });
    addCodes(cur, codes, stats);
  }
  close();
  lex.problems.push(...problems);
  return stats;
}

function addCodes(g: Group, codes: CodeRestriction[], stats: ActorStats): void {
  for (const c of codes) {
    stats.codes++;
    if (c.dated) stats.dated++;
    g.codes.push(c);
  }
}

/** "[AFGELI 320101-331108] [AFGGOV 331108-730717]": every bracket, or why one cannot be read. */
function brackets(s: string): CodeRestriction[] | string {
  const out: CodeRestriction[] = [];
  const rest = s.replace(/\[([^\]]*)\]/g, (_, inside: string) => {
    const r = parseRestriction(inside);
    if (typeof r === 'string') { out.length = 0; out.push({ code: '\u0000' + r, from: null, to: null, dated: false }); return ''; }
    if (!CODE.test(r.code)) { out.push({ code: '\u0000' + `bad actor code "${r.code}"`, from: null, to: null, dated: false }); return ''; }
    out.push({ ...r, code: r.code.toUpperCase() });
    return '';
  });
  const bad = out.find((c) => c.code.startsWith('\u0000'));
  if (bad) return bad.code.slice(1);
  if (rest.trim()) return `unreadable text "${rest.trim()}" among the codes`;
  return out;
}

/** A country-like entry when every code is three letters, a person when codes change with dates, else an organisation. */
function roleOf(codes: CodeRestriction[]): ActorRole {
  if (codes.every((c) => c.code.length === 3)) return 'name';
  return codes.some((c) => c.dated) ? 'person' : 'org';
}

function addGroup(lex: ActorLexicon, g: Group): number {
  const usable = g.codes.filter((c) => c.code !== NULL_CODE);
  const ordered = [...usable.filter((c) => c.dated), ...usable.filter((c) => !c.dated)];
  if (!ordered.length) return 0;
  const role = roleOf(ordered);
  let n = 0;
  for (const p of g.phrases) {
    const toks = phraseTokens(p.text);
    const key = toks.map(normalize);
    if (!key.length) continue;
    const caseTokens = toks.length === 1 && SHORT.test(toks[0]) ? toks : null;
    const gap = connectors(p.raw, toks.length);
    for (const c of ordered) {
      const entry: ActorEntry = { code: c.code, role, phrase: p.text, caseTokens, from: c.from, to: c.to, id: p.id };
      lex.actors.add(key, entry);
      if (gap) addGapped(lex, key, gap, entry);
      n++;
      // As the native reader does: people are also found by surname ("President Bush").
      if (role === 'person' && key.length >= 2) {
        const last = key[key.length - 1];
        const list = lex.surnames.get(last) ?? [];
        if (!list.some((x) => x.code === entry.code && x.from === entry.from && x.phrase === entry.phrase)) list.push(entry);
        lex.surnames.set(last, list);
      }
    }
  }
  return n;
}

/**
 * PETRARCH's connectors between a phrase's words: "_" joins adjacent words, a space lets other words stand
 * between ("ITHILEN TELEVISION"). Per word, whether a space comes before it; null when no word may stand apart.
 */
function connectors(raw: string, words: number): boolean[] | null {
  const parts = raw.trim().replace(/_+$/, '').split(/\s+/);
  if (parts.length < 2) return null;
  const gap: boolean[] = [];
  for (const part of parts) {
    const n = phraseTokens(phraseText(part)).length;
    for (let k = 0; k < n; k++) gap.push(k === 0 && gap.length > 0);
  }
  return gap.length === words ? gap : null;
}
