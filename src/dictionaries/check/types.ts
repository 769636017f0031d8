// What `dyad dict check` reports: a finding at `path:line`, an error (the line is skipped when loading) or a
// warning (the line loads, but will not do what it seems to say).
export interface Finding {
  id: string;
  severity: 'error' | 'warning';
  message: string;
}
