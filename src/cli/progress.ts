// Long work shows progress on stderr: a bar with rate and ETA when stderr is a terminal, else one summary line
// at the end (logs and CI output stay readable). Messages printed meanwhile clear the bar and it is redrawn.

export type ProgressMode = 'bar' | 'summary' | 'none';

export interface IngestCounts {
  read: number;
  coded: number;
  duplicate: number;
  already: number;
  failed: number;
  /** Event records coded (mentions) and the distinct events they added. */
  mentions: number;
  newEvents: number;
}

export const zeroCounts = (): IngestCounts => ({ read: 0, coded: 0, duplicate: 0, already: 0, failed: 0, mentions: 0, newEvents: 0 });

const CLEAR = '\r\x1b[K';
const WIDTH = 24;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function summaryLine(c: IngestCounts, seconds: number): string {
  return `dyad ingest: ${c.read} articles read: ${c.coded} coded, ${c.duplicate} duplicate, ${c.already} already stored, ` +
    `${c.failed} failed; ${c.mentions} events (${c.newEvents} new); ${seconds.toFixed(1)} s`;
}

export class Progress {
  private readonly t0 = performance.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly write: (s: string) => void, private readonly mode: ProgressMode, private readonly totalBytes: number | null) {}

  /** Redraws the bar at most ten times a second. */
  tick(c: IngestCounts, bytesDone: number): void {
    if (this.mode !== 'bar') return;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.write(CLEAR + this.bar(c, bytesDone, (now - this.t0) / 1000));
    this.drawn = true;
  }

  bar(c: IngestCounts, bytesDone: number, seconds: number): string {
    const rate = seconds > 0 ? c.read / seconds : 0;
    const counts = `${c.read} articles, ${rate.toFixed(1)}/s, ${c.mentions} events, ${c.failed} failed`;
    if (!this.totalBytes) return `${counts}, ${clock(seconds)}`;
    const f = Math.min(1, bytesDone / this.totalBytes);
    const fill = Math.round(f * WIDTH);
    const eta = f > 0 ? (seconds * (1 - f)) / f : Infinity;
    return `${String(Math.floor(f * 100)).padStart(3)}% [${'#'.repeat(fill)}${'-'.repeat(WIDTH - fill)}] ${counts}, ETA ${clock(eta)}`;
  }

  message(s: string): void {
    if (this.mode === 'none') return;
    this.write((this.drawn ? CLEAR : '') + s + '\n');
    this.drawn = false;
  }

  done(c: IngestCounts): void {
    if (this.mode === 'none') return;
    this.write((this.drawn ? CLEAR : '') + summaryLine(c, (performance.now() - this.t0) / 1000) + '\n');
  }

  elapsedMs(): number {
    return Math.round(performance.now() - this.t0);
  }
}
