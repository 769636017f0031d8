// The dashboard: the files the build bundled into dist/web (src/web), served by the same process. Every response
// carries a Content-Security-Policy that allows only our own scripts: even if article text reached the page as
// markup, it could not run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    return payload;
  });
}

export function dashboardRoutes(webDir: string | null): FastifyPluginAsync {
  return async (app) => {
    if (!webDir || !existsSync(path.join(webDir, 'index.html'))) {
      app.get('/', { config: { access: 'open' } }, async (_req, reply) => {
        reply.code(503).type('text/plain; charset=utf-8');
        return `The dashboard is not built${webDir ? ` (no ${path.join(webDir, 'index.html')})` : ''}: run "npm run build". The API is at /api and described at /openapi.json.\n`;
      });
      return;
    }
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      cacheControl: true,
      maxAge: 0,
      setHeaders: (res) => { for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v); },
    });
  };
}
