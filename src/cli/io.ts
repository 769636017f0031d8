import type { Readable } from 'node:stream';

/** The command's edges, so commands can be run in-process by tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: Readable;
}
