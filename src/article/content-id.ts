import { createHash } from 'node:crypto';

/** The article id when the input gives none: the content hash of its text. */
export function contentId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
