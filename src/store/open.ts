// Opening the store: one SQLite file, WAL journal (readers never block the writer, and a killed writer loses only
// its open transaction), the schema brought up to date by the numbered migrations.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DyadError } from '../errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { dbError } from './db-errors.js';

export type Db = Database.Database;

export const DEFAULT_DB = 'dyad.sqlite';
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Open for reading only (query, series, alerts, export); the file must exist. */
  readonly?: boolean;
  /** How long to wait for another process's lock before giving up. */
  busyTimeoutMs?: number;
}

export interface Store {
  db: Db;
  file: string;
  busyTimeoutMs: number;
}

export function openStore(file: string, opts: OpenOptions = {}): Store {
  const busyTimeoutMs = opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (opts.readonly) return openForReading(file, busyTimeoutMs);
  checkWritable(file);
  let db: Db | null = null;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache (the default is 2 MB): index pages of a growing store stay in memory between articles.
    db.pragma('cache_size = -65536');
    migrate(db);
    return { db, file, busyTimeoutMs };
  } catch (e) {
    db?.close();
    throw dbError(e, file, 'opening it', busyTimeoutMs);
  }
}

function openForReading(file: string, busyTimeoutMs: number): Store {
  if (!existsSync(file)) throw new DyadError('DYAD_ERR_NOT_FOUND', `${file}: no such database (create it with "dyad ingest --db ${file} ...")`);
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    const version = schemaVersion(db);
    if (version === 0) throw new DyadError('DYAD_ERR_DB', `${file}: not a dyad database (no schema_version table)`);
    if (version > SCHEMA_VERSION) throw newerError(file, version);
    if (version < SCHEMA_VERSION) {
      // An older store: upgrade it in place (needs write access), then read as usual.
      db.close();
      db = null;
      const rw = openStore(file, { busyTimeoutMs });
      rw.db.close();
      return openForReading(file, busyTimeoutMs);
    }
    return { db, file, busyTimeoutMs };
  } catch (e) {
    db?.close();
    throw dbError(e, file, 'opening it for reading', busyTimeoutMs);
  }
}

/** Fails early, naming the file, when SQLite would only find out at the first write. */
function checkWritable(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new DyadError('DYAD_ERR_NOT_FOUND', `${file}: folder ${dir} does not exist`);
  const target = existsSync(file) ? file : dir;
  if (existsSync(file) && statSync(file).isDirectory()) throw new DyadError('DYAD_ERR_DB', `${file}: is a directory, not a database file`);
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new DyadError('DYAD_ERR_DB_READONLY', `${file}: ${target === file ? 'database file' : 'folder'} is read-only, cannot store articles`);
  }
}

function schemaVersion(db: Db): number {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).get();
  if (!has) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

function newerError(file: string, version: number): DyadError {
  return new DyadError('DYAD_ERR_DB', `${file}: written by a newer dyad (schema version ${version}, this dyad knows up to ${SCHEMA_VERSION})`);
}

/** Applies the missing migrations, each in one IMMEDIATE transaction, so two processes never both apply one. */
export function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      const current = schemaVersion(db);
      if (current > SCHEMA_VERSION) throw newerError(db.name, current);
      if (m.version <= current) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

export function closeStore(s: Store): void {
  if (s.db.open) s.db.close();
}
