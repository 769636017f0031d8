// PETRARCH dictionary files, line by line: `#` starts a comment, `<!-- ... -->` comments may span lines, lines
// starting with `<!` are headers. Every kept line has its number, so each entry's id is `path:line`.
import { readFileSync } from 'node:fs';
import { displayPath, type DataProblem } from '../../lexicon/read-lines.js';

export interface PetrLine {
  /** `path:line`. */
  id: string;
  line: number;
  /** The line without its comment, trimmed at the end; leading white space kept (actor code lines are indented). */
  text: string;
}

export interface PetrFile {
  path: string;
  lines: PetrLine[];
  problems: DataProblem[];
}

/** Control characters other than TAB, and the replacement character a bad byte decodes to. */
const BAD_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

export function readPetrarchFile(file: string, text = readFileSync(file, 'utf8')): PetrFile {
  const shown = displayPath(file);
  const out: PetrFile = { path: shown, lines: [], problems: [] };
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i];
    if (inComment) {
      const end = s.indexOf('-->');
      if (end < 0) continue;
      s = s.slice(end + 3);
      inComment = false;
    }
    s = stripXmlComments(s, () => { inComment = true; });
    if (s.trimStart().startsWith('<!')) continue;
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    s = s.trimEnd();
    if (!s.trim()) continue;
    const id = `${shown}:${i + 1}`;
    if (BAD_CHAR.test(s)) { out.problems.push({ id, message: 'control or replacement character (bad bytes in the file)' }); continue; }
    out.lines.push({ id, line: i + 1, text: s });
  }
  return out;
}

/** Removes `<!-- ... -->` on one line; calls `open` when a comment runs on past the line's end. */
function stripXmlComments(s: string, open: () => void): string {
  let out = s;
  for (let at = out.indexOf('<!--'); at >= 0; at = out.indexOf('<!--')) {
    const end = out.indexOf('-->', at + 4);
    if (end < 0) { open(); return out.slice(0, at); }
    out = out.slice(0, at) + out.slice(end + 3);
  }
  return out;
}

/** PETRARCH writes phrases in capitals with `_` between words: "NORTH_KOREA_" -> "NORTH KOREA". */
export function phraseText(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}
