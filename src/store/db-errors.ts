// SQLite's failures -> catalogue errors that name the database file and say what to do.
import { DyadError } from '../errors.js';

/** better-sqlite3 reports SQLite's result code as a string (SQLITE_BUSY, SQLITE_READONLY_DBMOVED, ...). */
function sqliteCode(e: unknown): string | null {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

export function isSqliteError(e: unknown): boolean {
  return sqliteCode(e) !== null;
}

export function isDbBusy(e: unknown): boolean {
  const c = sqliteCode(e);
  return c !== null && (c.startsWith('SQLITE_BUSY') || c.startsWith('SQLITE_LOCKED'));
}

export function dbError(e: unknown, file: string, doing: string, busyTimeoutMs?: number): DyadError {
  if (e instanceof DyadError) return e;
  const c = sqliteCode(e);
  const msg = (e as Error)?.message ?? String(e);
  if (c?.startsWith('SQLITE_BUSY') || c?.startsWith('SQLITE_LOCKED')) {
    const waited = busyTimeoutMs !== undefined ? ` (waited ${busyTimeoutMs} ms; raise it with --busy-timeout)` : '';
    return new DyadError('DYAD_ERR_DB_LOCKED', `${file}: database is locked by another process while ${doing}${waited}`);
  }
  if (c?.startsWith('SQLITE_READONLY') || c === 'SQLITE_PERM' || c === 'SQLITE_AUTH') {
    return new DyadError('DYAD_ERR_DB_READONLY', `${file}: database is read-only, cannot write while ${doing} (${msg})`);
  }
  if (c === 'SQLITE_NOTADB') return new DyadError('DYAD_ERR_DB', `${file}: not an SQLite database`);
  if (c?.startsWith('SQLITE_CORRUPT')) return new DyadError('DYAD_ERR_DB', `${file}: the database is damaged (${msg})`);
  if (c?.startsWith('SQLITE_CANTOPEN')) return new DyadError('DYAD_ERR_DB', `${file}: cannot open the database (${msg})`);
  if (c === 'SQLITE_FULL') return new DyadError('DYAD_ERR_DB', `${file}: disk full while ${doing}`);
  return new DyadError('DYAD_ERR_DB', `${file}: database error while ${doing}: ${msg}`);
}
