// What kind of source a file, URL or stdin is: by its content type, then its extension, then its first bytes.

export type SourceKind = 'text' | 'html' | 'jsonl' | 'feed';

const BY_EXTENSION: Record<string, SourceKind> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Extensions a directory walk picks up ('' is a file without one); others (images, archives) are left alone. */
export function ingestible(ext: string): boolean {
  return ext === '' || ext.toLowerCase() in BY_EXTENSION;
}

export function kindOf(ext: string, head: string, contentType: string | null = null): SourceKind {
  const ct = contentType?.toLowerCase() ?? '';
  if (/rss|atom|[/+]xml/.test(ct) && !ct.includes('xhtml')) return 'feed';
  if (ct.includes('html')) return 'html';
  if (ct.includes('ndjson') || ct.includes('jsonl')) return 'jsonl';
  const byExt = BY_EXTENSION[ext.toLowerCase()];
  if (byExt) return byExt;
  return sniff(head);
}

function sniff(head: string): SourceKind {
  const h = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2048).toLowerCase();
  if (h.startsWith('<!doctype html') || h.startsWith('<html')) return 'html';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(h) || /^<(rss|feed|rdf:rdf)\b/.test(h)) return 'feed';
  if (h.startsWith('<?xml')) return h.includes('<html') ? 'html' : 'feed';
  if (h.startsWith('<') && /<(body|p|div|article)\b/.test(h)) return 'html';
  if (h.startsWith('{')) return 'jsonl';
  return 'text';
}
