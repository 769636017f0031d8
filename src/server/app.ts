// `dyad serve` as a Fastify application: one encapsulated plugin per group of routes, every route with a JSON
// schema (validated on the way in, published at /openapi.json), errors from the catalogue, bearer-token access.
// Built without listening, so tests drive it with `app.inject`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_MAX_BYTES } from '../article/decode.js';
import { MINHASH } from '../analysis/minhash.js';
import { codeSets } from '../cli/code-sets.js';
import { ROOT } from '../lexicon/read-lines.js';
import { loadModel } from '../model.js';
import { registerAuth } from './auth.js';
import { serverContext, type ServerOptions } from './context.js';
import { registerErrorHandling, schemaErrorFormatter } from './errors.js';
import { collectRoutes, openapiRoute } from './openapi.js';
import { alertRoutes } from './routes/alerts.js';
import { articleRoutes } from './routes/articles.js';
import { dashboardRoutes, securityHeaders } from './routes/dashboard.js';
import { eventRoutes } from './routes/events.js';
import { ingestRoutes } from './routes/ingest.js';
import { metaRoutes } from './routes/meta.js';
import { seriesRoutes } from './routes/series.js';
import { topRoutes } from './routes/top.js';

export type { ServerOptions } from './context.js';

export const DEFAULT_WEB_DIR = path.join(ROOT, 'dist', 'web');

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export async function buildApp(o: ServerOptions): Promise<FastifyInstance> {
  const ctx = serverContext(o, {
    model: () => loadModel(),
    codeSets,
    similarity: MINHASH.threshold,
    bodyLimit: DEFAULT_MAX_BYTES,
    version: packageVersion(),
  });
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: ctx.bodyLimit,
    // Unknown parameters are errors (a misspelt filter must not silently match everything); `verbose` gives the
    // formatter each parameter's description for its message.
    ajv: { customOptions: { removeAdditional: false, verbose: true, allErrors: false, allowUnionTypes: true } },
    schemaErrorFormatter,
    // Article ids may be URLs: longer than find-my-way's default of 100 characters for a path parameter.
    routerOptions: { maxParamLength: 2000 },
  });
  // Response schemas document answers (and the tests check answers against them); JSON.stringify writes them,
  // so nothing a schema leaves out is ever dropped silently.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  registerErrorHandling(app, ctx);
  registerAuth(app, ctx);
  securityHeaders(app);
  const routes = collectRoutes(app);
  for (const plugin of [metaRoutes, eventRoutes, seriesRoutes, topRoutes, alertRoutes, articleRoutes, ingestRoutes]) {
    await app.register(plugin(ctx), { prefix: '/api' });
  }
  await app.register(openapiRoute(routes, ctx));
  await app.register(dashboardRoutes(o.webDir === undefined ? DEFAULT_WEB_DIR : o.webDir));
  return app;
}
