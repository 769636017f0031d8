// /openapi.json: an OpenAPI 3.1 document written from the routes' own schemas as they are registered, so the
// document cannot drift from what the server validates.
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Access } from './auth.js';
import { needsToken } from './auth.js';
import type { ServerContext } from './context.js';
import { componentSchemas } from './schemas.js';

type Schema = Record<string, unknown>;

interface RouteDoc {
  method: string;
  url: string;
  schema: FastifySchema & Schema;
  access: Access;
}

/** Starts collecting routes; call before the route plugins are registered. */
export function collectRoutes(app: FastifyInstance): RouteDoc[] {
  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (r) => {
    const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD');
    // @fastify/static marks its file routes hidden; they are the dashboard, not the API.
    if (!r.schema || (r.schema as { hide?: boolean }).hide || r.url.includes('*')) return;
    const access = (r.config as { access?: Access } | undefined)?.access ?? 'read';
    for (const method of methods) routes.push({ method: method.toLowerCase(), url: r.url, schema: r.schema as FastifySchema & Schema, access });
  });
  return routes;
}

function withoutDescription(s: Schema): { description?: string; schema: Schema } {
  const { description, ...schema } = s;
  return { description: description as string | undefined, schema };
}

function parameters(where: 'query' | 'path', s: Schema | undefined): Schema[] {
  if (!s) return [];
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => {
    const { description, schema } = withoutDescription(p);
    return { name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema };
  });
}

function requestBody(body: Schema | undefined): Schema | undefined {
  if (!body) return undefined;
  const content = body.content as Record<string, { schema: Schema }> | undefined;
  if (content) return { required: true, content: Object.fromEntries(Object.entries(content).map(([t, c]) => [t, { schema: c.schema }])) };
  return { required: true, content: { 'application/json': { schema: body } } };
}

function responses(r: Record<string, Schema> | undefined): Schema {
  const out: Schema = {};
  for (const [status, s] of Object.entries(r ?? {})) {
    const { description, schema } = withoutDescription(s);
    out[status] = { description: description ?? (status.startsWith('2') ? 'OK' : 'error'), content: { 'application/json': { schema } } };
  }
  return out;
}

export function openapiDocument(routes: RouteDoc[], ctx: ServerContext): Schema {
  const paths: Record<string, Record<string, Schema>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const s = r.schema;
    const op: Schema = {
      ...(s.summary ? { summary: s.summary } : {}),
      ...(s.description ? { description: s.description } : {}),
      ...(s.tags ? { tags: s.tags } : {}),
      parameters: [...parameters('path', s.params as Schema), ...parameters('query', s.querystring as Schema)],
      ...(s.body ? { requestBody: requestBody(s.body as Schema) } : {}),
      responses: responses(s.response as Record<string, Schema>),
      ...(needsToken(r.access, ctx) ? { security: [{ bearer: [] }] } : {}),
    };
    (paths[path] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version: ctx.version,
      description: 'Political event data coded from news: events (CAMEO, PLOVER, Goldstein, quad class), dyad series, alerts, '
        + 'articles with their sentences and quotes. Errors are {statusCode, code, error, message} with codes from the README.',
    },
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token dyad serve was started with (--token or DYAD_TOKEN)' } },
    },
  };
}

export function openapiRoute(routes: RouteDoc[], ctx: ServerContext) {
  return async (app: FastifyInstance) => {
    let doc: string | null = null;
    app.get('/openapi.json', { config: { access: 'open' } }, async (_req, reply) => {
      reply.type('application/json; charset=utf-8');
      return (doc ??= JSON.stringify(openapiDocument(routes, ctx)));
    });
  };
}
