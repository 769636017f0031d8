// Errors as HTTP answers: every failure is `{statusCode, code, error, message}` with a code from the catalogue
// (src/errors.ts). Schema violations become a 400 that names the parameter and says what it must be.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifySchemaValidationError } from 'fastify';
import { DyadError, ERRORS, type ErrorCode } from '../errors.js';
import { dbError } from '../store/db-errors.js';
import type { ServerContext } from './context.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  error: string;
  message: string;
}

export function errorBody(code: ErrorCode, message: string, status: number = ERRORS[code].http): ErrorBody {
  return { statusCode: status, code, error: STATUS_CODES[status] ?? 'Error', message };
}

const WHERE: Record<string, string> = { querystring: 'query parameter', params: 'path parameter', body: 'body', headers: 'header' };

/** One schema violation in words: `query parameter "quad" must match ... (quad classes 1-4, e.g. 3,4)`. */
function describe(e: FastifySchemaValidationError, dataVar: string): string {
  const where = WHERE[dataVar] ?? dataVar;
  const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') {
    return dataVar === 'body' ? `body: unknown field "${field ? field + '.' : ''}${p.additionalProperty}"` : `unknown ${where} "${p.additionalProperty}"`;
  }
  if (e.keyword === 'required') return `${where}${field ? ` "${field}"` : ''}: "${p.missingProperty}" is required`;
  const hint = (e as { parentSchema?: { description?: string } }).parentSchema?.description;
  const name = dataVar === 'body' ? `body${field ? ` field "${field}"` : ''}` : `${where} "${field}"`;
  return `${name} ${e.message ?? 'is not valid'}${hint ? ` (${hint})` : ''}`;
}

export function schemaErrorFormatter(errors: FastifySchemaValidationError[], dataVar: string): Error {
  return new DyadError('DYAD_ERR_BAD_REQUEST', errors.map((e) => describe(e, dataVar)).join('; '));
}

/** Fastify's own failures (body parsing, limits, content types) in catalogue terms. */
function fromFastify(e: FastifyError): ErrorBody | null {
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return errorBody('DYAD_ERR_TOO_LARGE', `request body is over the limit of ${e.message.match(/\d+/)?.[0] ?? 'the server'} bytes (start dyad serve with a larger --body-limit)`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return errorBody('DYAD_ERR_MEDIA_TYPE', `${e.message}: send application/json (one article or an array) or application/x-ndjson (one article a line)`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY': return errorBody('DYAD_ERR_BAD_REQUEST', 'the body is empty; send an article as JSON');
    case 'FST_ERR_CTP_INVALID_JSON_BODY': return errorBody('DYAD_ERR_BAD_JSONL', `the body is not valid JSON (${e.message})`);
    default: break;
  }
  if (e instanceof SyntaxError) return errorBody('DYAD_ERR_BAD_JSONL', `the body is not valid JSON (${e.message})`);
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) return errorBody('DYAD_ERR_BAD_REQUEST', e.message, e.statusCode);
  return null;
}

export function toErrorBody(e: unknown, ctx: ServerContext, doing: string): ErrorBody {
  if (e instanceof DyadError) return errorBody(e.code, e.message);
  if ((e as { code?: unknown })?.code?.toString().startsWith('SQLITE_')) {
    const d = dbError(e, ctx.store.file, doing, ctx.store.busyTimeoutMs);
    return errorBody(d.code, d.message);
  }
  const f = fromFastify(e as FastifyError);
  if (f) return f;
  return errorBody('DYAD_ERR_INTERNAL', `unexpected failure while ${doing}: ${(e as Error)?.message ?? String(e)}`);
}

export function registerErrorHandling(app: FastifyInstance, ctx: ServerContext): void {
  app.setErrorHandler((e, req, reply) => {
    const body = toErrorBody(e, ctx, `answering ${req.method} ${req.url.split('?')[0]}`);
    if (body.code === 'DYAD_ERR_INTERNAL') process.stderr.write(`dyad serve: ${req.method} ${req.url}: ${(e as Error)?.stack ?? e}\n`);
    if (body.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="dyad"');
    return reply.code(body.statusCode).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    return reply.code(404).send(errorBody('DYAD_ERR_NO_SUCH_ITEM', `no route ${req.method} ${path} (the routes are listed at /openapi.json)`));
  });
}
