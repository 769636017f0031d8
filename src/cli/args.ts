// A small, strict option parser: unknown options and missing values are usage errors (exit 2).
import { DyadError } from '../errors.js';

export interface OptionSpec {
  /** Options that take a value, and how many times they may appear. */
  values?: Record<string, 'one' | 'many'>;
  flags?: string[];
}

export interface ParsedArgs {
  values: Map<string, string[]>;
  flags: Set<string>;
  positional: string[];
}

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), flags: new Set(), positional: [] };
  const values = spec.values ?? {};
  const flags = new Set([...(spec.flags ?? []), 'help']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) { out.positional.push(a); continue; }
    if (a === '--') { out.positional.push(...argv.slice(i + 1)); break; }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^--?/, '');
    if (name === 'h') { out.flags.add('help'); continue; }
    if (flags.has(name)) { out.flags.add(name); continue; }
    const kind = values[name];
    if (!kind) throw new DyadError('DYAD_ERR_USAGE', `unknown option ${a}`);
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new DyadError('DYAD_ERR_USAGE', `option --${name} needs a value`);
    const list = out.values.get(name) ?? [];
    if (kind === 'one' && list.length) throw new DyadError('DYAD_ERR_USAGE', `option --${name} given twice`);
    list.push(v);
    out.values.set(name, list);
  }
  return out;
}

export function one(p: ParsedArgs, name: string): string | undefined {
  return p.values.get(name)?.[0];
}

export function choice<T extends string>(p: ParsedArgs, name: string, allowed: readonly T[], dflt: T): T {
  const v = one(p, name) ?? dflt;
  if (!allowed.includes(v as T)) throw new DyadError('DYAD_ERR_USAGE', `--${name} must be one of ${allowed.join(', ')}, not "${v}"`);
  return v as T;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(v: string | undefined, what: string): string | null {
  if (v === undefined) return null;
  if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) throw new DyadError('DYAD_ERR_BAD_DATE', `${what} must be YYYY-MM-DD, not "${v}"`);
  return v;
}
