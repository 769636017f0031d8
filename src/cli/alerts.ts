// `dyad alerts`: dyads whose conflict intensity departs sharply from their own baseline, with the events behind it.
import { choice, isoDate, one, parseArgs } from './args.js';
import { clip, textTable } from './table.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { ALERT_DEFAULTS, detectAlerts, foldDyads, type AlertParams } from '../analysis/alerts.js';
import { dyadSide } from '../export/actor-code-parts.js';
import { codeSets } from './code-sets.js';
import { PERIODS, type Period } from '../analysis/periods.js';
import { alertEvents, conflictDays, dateSpan } from '../store/aggregates.js';
import { closeStore, DEFAULT_DB, openStore } from '../store/open.js';
import { eventJson } from './query.js';

const D = ALERT_DEFAULTS;

export const ALERTS_HELP = `Usage: dyad alerts [options]

Flags dyads (unordered pairs of actors, each its country, or its whole code when it does not start with one) whose conflict intensity
in a period departs sharply from their own recent past:
  intensity  the sum of -Goldstein over the dyad's events with a negative Goldstein value in the period
  baseline   mean and standard deviation of the intensity over the --window periods before (empty periods count 0)
  z          (intensity - mean) / max(std, --min-std)
An alert needs z >= --threshold and intensity >= --min-intensity, and --window periods of history in the store.
Each alert lists the events that drove it (most negative Goldstein first, then most reported).

Options:
  --by day|week|month    period (default ${D.by}).
  --window N             baseline periods (default ${D.window}).
  --threshold Z          z-score to alert at (default ${D.threshold}).
  --min-intensity X      smallest intensity worth an alert (default ${D.minIntensity}).
  --min-std X            floor under the baseline's standard deviation (default ${D.minStd}).
  --from/--to YYYY-MM-DD report alerts in these periods only (the baseline still uses earlier ones).
  --events N             events listed per alert (default 5).
  --db FILE              the database (default ./${DEFAULT_DB}).
  --format table|jsonl   table (default) or one JSON object per alert with its events.
  -h, --help             this help.`;

function num(v: string | undefined, name: string, dflt: number, ok: (n: number) => boolean): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || !ok(n)) throw new DyadError('DYAD_ERR_USAGE', `--${name}: bad value "${v}"`);
  return n;
}

export async function alertsCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    values: { by: 'one', window: 'one', threshold: 'one', 'min-intensity': 'one', 'min-std': 'one', from: 'one', to: 'one', events: 'one', db: 'one', format: 'one' },
  });
  if (args.flags.has('help')) { io.out(ALERTS_HELP + '\n'); return 0; }
  if (args.positional.length) throw new DyadError('DYAD_ERR_USAGE', `unexpected argument "${args.positional[0]}"`);
  const params: AlertParams = {
    by: choice(args, 'by', PERIODS, D.by) as Period,
    window: num(one(args, 'window'), 'window', D.window, (n) => Number.isInteger(n) && n >= 2),
    threshold: num(one(args, 'threshold'), 'threshold', D.threshold, (n) => n > 0),
    minIntensity: num(one(args, 'min-intensity'), 'min-intensity', D.minIntensity, (n) => n >= 0),
    minStd: num(one(args, 'min-std'), 'min-std', D.minStd, (n) => n > 0),
    from: isoDate(one(args, 'from'), '--from') ?? undefined,
    to: isoDate(one(args, 'to'), '--to') ?? undefined,
  };
  const perAlert = num(one(args, 'events'), 'events', 5, (n) => Number.isInteger(n) && n >= 0);
  const format = choice(args, 'format', ['table', 'jsonl'] as const, 'table');
  const store = openStore(one(args, 'db') ?? DEFAULT_DB, { readonly: true });
  try {
    const sets = codeSets();
    const span = dateSpan(store.db);
    const alerts = span ? detectAlerts(foldDyads(conflictDays(store.db), (c) => dyadSide(c, sets)), span, params) : [];
    const sideOf = (code: string) => ({ code, country: sets.countries.has(code) });
    for (const a of alerts) {
      const events = alertEvents(store.db, sideOf(a.a), sideOf(a.b), a.period, params.by, perAlert);
      if (format === 'jsonl') {
        io.out(JSON.stringify({ ...a, by: params.by, events: events.map((e) => JSON.parse(eventJson(e))) }) + '\n');
        continue;
      }
      io.out(`${a.period}  ${a.a}-${a.b}  intensity ${a.intensity} (${a.events} events)  baseline ${a.mean} ± ${a.std}  z ${a.z}\n`);
      if (events.length) {
        io.out(textTable(['id', 'date', 'source', 'target', 'cameo', 'goldstein', 'mentions', 'text'],
          events.map((e) => [e.eid, e.date, e.source_code ?? e.source_text, e.target_code ?? e.target_text ?? '', e.cameo, e.goldstein, e.num_mentions, clip(e.text, 70)]))
          .trimEnd().replace(/^/gm, '    ') + '\n');
      }
    }
    if (format === 'table') io.err(`dyad alerts: ${alerts.length} alerts (by ${params.by}, window ${params.window}, threshold z >= ${params.threshold}, min intensity ${params.minIntensity})\n`);
    return 0;
  } finally {
    closeStore(store);
  }
}
