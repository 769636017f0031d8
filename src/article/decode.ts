// Bytes -> article text, or a clear reason why not: empty, binary, not UTF-8, too large.
import { DyadError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, where: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new DyadError('DYAD_ERR_TOO_LARGE', `${where}: ${bytes.length} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)`);
  }
  if (looksBinary(bytes)) throw new DyadError('DYAD_ERR_BINARY_INPUT', `${where}: binary data, not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new DyadError('DYAD_ERR_ENCODING', `${where}: not valid UTF-8 (at byte ${firstBadByte(bytes)})`);
  }
  return checkText(text.replace(/^\uFEFF/, ''), where);
}

export function checkText(text: string, where: string): string {
  if (!text.trim()) throw new DyadError('DYAD_ERR_EMPTY_INPUT', `${where}: no text`);
  return text.replace(/\r\n?/g, '\n');
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function firstBadByte(bytes: Uint8Array): number {
  let lo = 0, hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try { utf8.decode(bytes.subarray(0, mid)); lo = mid; } catch { hi = mid; }
  }
  // The prefix up to lo decodes (possibly with an incomplete tail); report the start of the bad sequence.
  return Math.max(0, lo - 3);
}
