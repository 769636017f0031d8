// The error catalogue: every error dyad reports has a code, an exit status and an HTTP status.
// The README's "Errors" table lists the same codes (test/errors.test.ts keeps them in step).

export const ERRORS = {
  DYAD_ERR_USAGE: { exit: 2, http: 400, summary: 'bad command line: unknown option, missing value, bad choice' },
  DYAD_ERR_NOT_FOUND: { exit: 1, http: 404, summary: 'an input file or directory does not exist or cannot be read' },
  DYAD_ERR_EMPTY_INPUT: { exit: 1, http: 400, summary: 'an article with no text' },
  DYAD_ERR_BINARY_INPUT: { exit: 1, http: 400, summary: 'an input that is binary data, not text' },
  DYAD_ERR_ENCODING: { exit: 1, http: 400, summary: 'an input that is not valid UTF-8' },
  DYAD_ERR_TOO_LARGE: { exit: 1, http: 413, summary: 'an article larger than the size limit (--max-bytes)' },
  DYAD_ERR_BAD_JSONL: { exit: 1, http: 400, summary: 'a JSONL line that is not a JSON object' },
  DYAD_ERR_BAD_RECORD: { exit: 1, http: 400, summary: 'a JSONL record without a string "text", or with a bad "date" or "id"' },
  DYAD_ERR_BAD_DATE: { exit: 2, http: 400, summary: 'a date that is not YYYY-MM-DD' },
  DYAD_ERR_DICT_PARSE: { exit: 1, http: 500, summary: 'a dictionary line that cannot be read (reported as file:line, the line is skipped)' },
  DYAD_ERR_BAD_HTML: { exit: 1, http: 422, summary: 'an HTML page with no readable article text (the page is named; the batch goes on)' },
  DYAD_ERR_BAD_FEED: { exit: 1, http: 422, summary: 'a feed that is not well-formed XML, or XML that is not RSS or Atom' },
  DYAD_ERR_FETCH: { exit: 1, http: 502, summary: 'a URL that could not be fetched (network error, timeout or HTTP error status)' },
  DYAD_ERR_DB: { exit: 1, http: 500, summary: 'a database file that cannot be opened or used: not SQLite, damaged, or from a newer dyad' },
  DYAD_ERR_DB_LOCKED: { exit: 1, http: 503, summary: 'the database is locked by another process for longer than --busy-timeout' },
  DYAD_ERR_DB_READONLY: { exit: 1, http: 500, summary: 'the database file or its folder is read-only, so nothing can be stored' },
  DYAD_ERR_BAD_REQUEST: { exit: 2, http: 400, summary: 'an HTTP request that does not match its route: unknown parameter, wrong type, missing field' },
  DYAD_ERR_UNAUTHORIZED: { exit: 1, http: 401, summary: 'an HTTP request without the bearer token the server was started with (--token, DYAD_TOKEN)' },
  DYAD_ERR_INGEST_OFF: { exit: 1, http: 403, summary: 'POST /api/articles on a server started without a token: ingest over HTTP is off' },
  DYAD_ERR_NO_SUCH_ITEM: { exit: 1, http: 404, summary: 'an HTTP route, or a stored article, that does not exist' },
  DYAD_ERR_MEDIA_TYPE: { exit: 1, http: 415, summary: 'an HTTP request body of a content type the route does not take' },
  DYAD_ERR_INTERNAL: { exit: 1, http: 500, summary: 'an unexpected failure inside dyad (a bug: reported with its stack on stderr)' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class DyadError extends Error {
  readonly exit: number;
  readonly http: number;
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.exit = ERRORS[code].exit;
    this.http = ERRORS[code].http;
  }
}
