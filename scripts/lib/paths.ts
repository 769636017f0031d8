// Where the repository, the shared development data and the reports live.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared development data: `../shared/data` next to the repository, or `$DYAD_SHARED` (the shared folder, or
 * its `data/` folder itself).
 */
export function sharedDataDir(): string {
  const env = process.env.DYAD_SHARED;
  if (env && env.trim() !== '') {
    const dir = path.resolve(env);
    return existsSync(path.join(dir, 'data')) ? path.join(dir, 'data') : dir;
  }
  return path.resolve(repoRoot, '../shared/data');
}

export const reportsDir = path.join(repoRoot, 'reports');

/** A short message and exit code 2 (bad setup), for the scripts' entry points. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}
