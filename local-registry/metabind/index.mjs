// The Metabind dialect of the local registry: read-only GraphQL (data needs an x-api-key) plus
// REST for login, publishing and API keys. Tables and their shapes: model.mjs.
// metabind-docs/index.mjs serves the same data with the docs-shaped `packages(page, limit)`.
import { makeSchema } from '../lib/schema.mjs';
import { sdl, docsSdl } from './sdl.mjs';
import { makeResolvers } from './resolvers.mjs';
import { handleRest, setTokenTtl } from './rest.mjs';
import { seedDemo } from './seed.mjs';
import { T } from './model.mjs';
import { hashKey, parseApiKeyHeader } from './auth.mjs';

/** Which project an x-api-key header opens, or why it opens none (reported by resolvers, not here). */
export function accessFor(store, header) {
  if (header === undefined || header === '') return { authError: 'Missing x-api-key header' };
  const parsed = parseApiKeyHeader(Array.isArray(header) ? header[0] : header);
  const hash = parsed && hashKey(parsed.key);
  const keys = store.table(T.apiKeys);
  const row = hash && [...keys.values()].find((k) => k.hash === hash);
  if (!row || row.status === 'revoked' || (parsed.orgId && (parsed.orgId !== row.orgId || parsed.projectId !== row.projectId))) {
    return { authError: 'Invalid API key' };
  }
  // lastUsed is informational: recorded at most once a minute, without delaying the request.
  const now = new Date();
  if (!row.lastUsed || now - new Date(row.lastUsed) > 60000) {
    keys.set(row.id, { ...row, lastUsed: now.toISOString() });
    store.flush().catch(() => {});
  }
  return { access: { orgId: row.orgId, projectId: row.projectId, keyId: row.id } };
}

/** The dialect; `docs: true` makes the docs-shaped variant (no REST, no seeding of its own). */
export function createMetabind(env, { docs = false } = {}) {
  const { store } = env;
  const schema = makeSchema(docs ? docsSdl : sdl, makeResolvers({ docs }));
  return {
    schema,
    // Never throws: introspection must work without a key, so refusing data is the resolvers' job.
    async context({ headers }) {
      return { store, baseUrl: env.baseUrl, events: env.events, ...accessFor(store, headers?.['x-api-key']) };
    },
    // Over the WebSocket the key travels in the connection_init payload, as the Metabind SDKs send it:
    // {"apiKey", "organizationId", "projectId"} (or {"x-api-key": "org:project:key"}).
    wsHeaders: (params) => {
      if (params['x-api-key']) return { 'x-api-key': String(params['x-api-key']) };
      if (params.apiKey) return { 'x-api-key': params.organizationId ? `${params.organizationId}:${params.projectId ?? ''}:${params.apiKey}` : String(params.apiKey) };
      return {};
    },
    handleRest: docs ? undefined : (req, res, subpath, body) => handleRest(store, req, res, subpath, body, env),
    async seed(kind) {
      if (kind === 'demo' && !docs) await seedDemo(store);
    },
    // POST /_control/metabind/token-ttl {"seconds": N}: how long REST login tokens last from now on (tests of expiry).
    async control(req, res, sub, body) {
      if (docs || sub !== 'token-ttl' || req.method !== 'POST') return null;
      const { seconds } = JSON.parse(body.toString('utf8') || '{}');
      return { seconds: setTokenTtl(seconds) };
    },
  };
}

export default async function createDialect(env) {
  return createMetabind(env);
}
