import { existsSync } from 'node:fs';
import path from 'node:path';

/** ../shared beside the repository (or DYAD_SHARED); the shared suites need it. */
export function sharedDir(): string {
  const dir = process.env.DYAD_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
  if (!existsSync(dir)) throw new Error(`the shared suites need ${dir} (set DYAD_SHARED to point elsewhere)`);
  return dir;
}
