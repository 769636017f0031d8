// Bearer-token access. Each route says what it is in its config: `write` (needs the token; off without one),
// `read` (open, unless the server is private) or `open` (the dashboard's files, /openapi.json, /api/health).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DyadError } from '../errors.js';
import type { ServerContext } from './context.js';

export type Access = 'open' | 'read' | 'write';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares digests, so the time taken says nothing about how much of the token was right. */
export function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && timingSafeEqual(digest(given), digest(token));
}

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m ? m[1] : null;
}

/** Whether a route of this access needs the token on this server. */
export function needsToken(access: Access, ctx: ServerContext): boolean {
  return access === 'write' || (access === 'read' && ctx.private);
}

export function registerAuth(app: FastifyInstance, ctx: ServerContext): void {
  app.addHook('onRequest', async (req) => {
    // Routes that do not say (the dashboard's static files, unknown paths) are open outside /api.
    const access = req.routeOptions.config?.access ?? (req.url.startsWith('/api/') ? 'read' : 'open');
    if (!needsToken(access, ctx)) return;
    if (access === 'write' && ctx.token === null) {
      throw new DyadError('DYAD_ERR_INGEST_OFF', 'ingest over HTTP is off: start dyad serve with --token TOKEN (or DYAD_TOKEN) to turn it on');
    }
    const given = bearer(req);
    if (!tokenMatches(given, ctx.token!)) {
      throw new DyadError('DYAD_ERR_UNAUTHORIZED', given === null
        ? 'this route needs the server\'s token: send "Authorization: Bearer TOKEN"'
        : 'the bearer token is not the one this server was started with');
    }
  });
}
