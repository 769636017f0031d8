// Runs dyad's CLI in-process and collects what it prints.
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(argv: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (s) => { out += s; },
    err: (s) => { err += s; },
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, out, err };
}

export function jsonl<T = Record<string, unknown>>(s: string): T[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}
