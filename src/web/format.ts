// Names and colours the views share: quad classes, directions, actor labels, periods.
import type { ActorRef } from '../types.js';

export const QUADS = [
  { n: 1, label: 'verbal cooperation', color: '#7fb2dd', cls: 'q1' },
  { n: 2, label: 'material cooperation', color: '#2b6cb0', cls: 'q2' },
  { n: 3, label: 'verbal conflict', color: '#f0a040', cls: 'q3' },
  { n: 4, label: 'material conflict', color: '#c53030', cls: 'q4' },
] as const;

export const quadLabel = (q: number) => QUADS[q - 1]?.label ?? `quad ${q}`;

export function actorLabel(a: ActorRef | null): string {
  if (!a) return '–';
  return a.code ?? `?${a.text}`;
}

/** Seconds since the epoch of a period's first day (UTC), for the chart's x axis. */
export function periodTime(period: string): number {
  const day = period.length === 7 ? `${period}-01` : period;
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export const codeOk = (s: string) => /^[A-Za-z0-9]{1,15}$/.test(s);
