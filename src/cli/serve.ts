// `dyad serve`: the store over HTTP (a JSON API described at /openapi.json) and the dashboard, in one process.
import type { FastifyInstance } from 'fastify';
import { one, parseArgs } from './args.js';
import type { Io } from './io.js';
import { DyadError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { MINHASH } from '../analysis/minhash.js';
import { buildApp } from '../server/app.js';
import { closeStore, DEFAULT_BUSY_TIMEOUT_MS, DEFAULT_DB, openStore } from '../store/open.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export const SERVE_HELP = `Usage: dyad serve [options]

Serves the event store over HTTP until interrupted (Ctrl-C):
  /                      the dashboard: dyad view, event table, article view, overview, search
  /api/...               the JSON API: events (the filters of dyad query, paginated), dyad series, top dyads and
                         actors, alerts, articles with their sentences, events and quotes, full-text search,
                         and POST /api/articles to code and store articles
  /openapi.json          the OpenAPI 3.1 description of every route

Access: reads are open unless --private. POST /api/articles needs "Authorization: Bearer TOKEN" with the token
given by --token or the DYAD_TOKEN environment variable (prefer the variable: options show in process lists);
without a token, ingest over HTTP is off.

Options:
  --db FILE              the database (default ./${DEFAULT_DB}); must exist unless a token is set (then it is created).
  --port N               TCP port (default ${DEFAULT_PORT}; 0 picks a free one).
  --host ADDR            address to listen on (default ${DEFAULT_HOST}, this machine only).
  --token TOKEN          bearer token that turns on POST /api/articles (default: $DYAD_TOKEN).
  --private              reads need the token too (the dashboard asks for it).
  --body-limit BYTES     largest request body (default ${DEFAULT_MAX_BYTES}).
  --similarity X         near-duplicate threshold for ingest, 0 < X <= 1 (default ${MINHASH.threshold}).
  --busy-timeout MS      how long to wait for another process's lock (default ${DEFAULT_BUSY_TIMEOUT_MS}).
  --log                  one line per request on stderr.
  -h, --help             this help.

Examples:
  dyad serve --db events.sqlite
  DYAD_TOKEN=$(openssl rand -hex 16) dyad serve --db events.sqlite --port 8080
  curl -H "Authorization: Bearer $DYAD_TOKEN" -H 'content-type: application/x-ndjson' \\
       --data-binary @articles.jsonl http://127.0.0.1:8080/api/articles`;

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token: string | null;
  private: boolean;
  bodyLimit: number;
  similarity: number;
  busyTimeoutMs: number;
  /** Folder of the built dashboard; default dist/web. */
  webDir?: string | null;
  log?: (line: string) => void;
}

export interface Running {
  app: FastifyInstance;
  /** http://host:port, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

/** Opens the store (writable only when ingest is on), builds the app and listens. */
export async function startServer(o: ServeOptions): Promise<Running> {
  const store = o.token ? openStore(o.db, { busyTimeoutMs: o.busyTimeoutMs }) : openStore(o.db, { readonly: true, busyTimeoutMs: o.busyTimeoutMs });
  let app: FastifyInstance;
  try {
    app = await buildApp({ store, token: o.token, private: o.private, bodyLimit: o.bodyLimit, similarity: o.similarity, webDir: o.webDir });
    if (o.log) {
      const log = o.log;
      app.addHook('onResponse', async (req, reply) => {
        log(`${new Date().toISOString()} ${req.method} ${req.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms`);
      });
    }
    await app.listen({ port: o.port, host: o.host });
  } catch (e) {
    closeStore(store);
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new DyadError('DYAD_ERR_USAGE', `cannot listen on ${o.host}:${o.port} (${code}): choose another --port or --host`);
    }
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    app,
    url: `http://${host}:${port}`,
    async close() {
      await app.close();
      closeStore(store);
    },
  };
}

function number(v: string | undefined, name: string, dflt: number, ok: (n: number) => boolean): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || !ok(n)) throw new DyadError('DYAD_ERR_USAGE', `--${name}: bad value "${v}"`);
  return n;
}

export function readServeOptions(argv: string[], env: NodeJS.ProcessEnv): ServeOptions | null {
  const args = parseArgs(argv, {
    values: { db: 'one', port: 'one', host: 'one', token: 'one', 'body-limit': 'one', similarity: 'one', 'busy-timeout': 'one' },
    flags: ['private', 'log'],
  });
  if (args.flags.has('help')) return null;
  if (args.positional.length) throw new DyadError('DYAD_ERR_USAGE', `unexpected argument "${args.positional[0]}"`);
  const token = one(args, 'token') ?? (env.DYAD_TOKEN || null);
  if (token !== null && !/^\S+$/.test(token)) throw new DyadError('DYAD_ERR_USAGE', 'the token must be one word (no spaces)');
  const isPrivate = args.flags.has('private');
  if (isPrivate && !token) throw new DyadError('DYAD_ERR_USAGE', '--private needs a token: give --token TOKEN or set DYAD_TOKEN');
  return {
    db: one(args, 'db') ?? DEFAULT_DB,
    port: number(one(args, 'port'), 'port', DEFAULT_PORT, (n) => Number.isInteger(n) && n >= 0 && n <= 65535),
    host: one(args, 'host') ?? DEFAULT_HOST,
    token,
    private: isPrivate,
    bodyLimit: number(one(args, 'body-limit'), 'body-limit', DEFAULT_MAX_BYTES, (n) => Number.isInteger(n) && n > 0),
    similarity: number(one(args, 'similarity'), 'similarity', MINHASH.threshold, (n) => n > 0 && n <= 1),
    busyTimeoutMs: number(one(args, 'busy-timeout'), 'busy-timeout', DEFAULT_BUSY_TIMEOUT_MS, (n) => Number.isInteger(n) && n >= 0),
    log: args.flags.has('log') ? () => undefined : undefined,
  };
}

export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const o = readServeOptions(argv, process.env);
  if (!o) { io.out(SERVE_HELP + '\n'); return 0; }
  if (o.log) o.log = (line) => io.err(line + '\n');
  const running = await startServer(o);
  if (o.token && o.token.length < 16) io.err('dyad serve: warning: the token is shorter than 16 characters\n');
  io.err(`dyad serve: listening on ${running.url} (dashboard ${running.url}/, API ${running.url}/api, OpenAPI ${running.url}/openapi.json); `
    + `ingest over HTTP ${o.token ? 'on' : 'off (no token)'}; reads ${o.private ? 'need the token' : 'open'}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.err('dyad serve: stopping\n');
  await running.close();
  return 0;
}
