// Marking spans of a text: ranges (which may overlap: one actor in several events) -> consecutive segments, each
// with the roles and events covering it. Pure, so it is tested without a browser.

export type Role = 'source' | 'verb' | 'target' | 'quote';

export interface Range {
  start: number;
  end: number;
  role: Role;
  /** Index of the event (or quote) the range belongs to. */
  item: number;
}

export interface Segment {
  start: number;
  end: number;
  roles: Role[];
  items: number[];
}

/** Which role a segment is drawn as when several cover it. */
export const ROLE_ORDER: Role[] = ['verb', 'source', 'target', 'quote'];

export function segments(length: number, ranges: Range[]): Segment[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= length && r.start < r.end);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const over = valid.filter((r) => r.start < end && r.end > start);
    const roles = ROLE_ORDER.filter((role) => over.some((r) => r.role === role));
    const items = [...new Set(over.map((r) => r.item))].sort((a, b) => a - b);
    const last = out[out.length - 1];
    // Neighbours with the same marks are one segment.
    if (last && last.roles.join() === roles.join() && last.items.join() === items.join()) last.end = end;
    else out.push({ start, end, roles, items });
  }
  return out;
}
