// The Metabind dialect of the local registry: read-only GraphQL (data needs an x-api-key) plus
// REST for login, publishing and API keys. Tables and their shapes: model.mjs.
import { makeSchema } from '../lib/schema.mjs';
import { sdl } from './sdl.mjs';
import { resolvers } from './resolvers.mjs';
import { handleRest } from './rest.mjs';
import { seedDemo } from './seed.mjs';
import { T } from './model.mjs';
import { hashKey, parseApiKeyHeader } from './auth.mjs';

/** Which project an x-api-key header opens, or why it opens none (reported by resolvers, not here). */
export function accessFor(store, header) {
  if (header === undefined || header === '') return { authError: 'Missing x-api-key header' };
  const parsed = parseApiKeyHeader(Array.isArray(header) ? header[0] : header);
  const hash = parsed && hashKey(parsed.key);
  const row = hash && [...store.table(T.apiKeys).values()].find((k) => k.hash === hash);
  if (!row || (parsed.orgId && (parsed.orgId !== row.orgId || parsed.projectId !== row.projectId))) {
    return { authError: 'Invalid API key' };
  }
  return { access: { orgId: row.orgId, projectId: row.projectId, keyId: row.id } };
}

export default async function createDialect(env) {
  const { store } = env;
  const schema = makeSchema(sdl, resolvers);
  return {
    schema,
    // Never throws: introspection must work without a key, so refusing data is the resolvers' job.
    async context({ headers }) {
      return { store, baseUrl: env.baseUrl, ...accessFor(store, headers?.['x-api-key']) };
    },
    handleRest: (req, res, subpath, body) => handleRest(store, req, res, subpath, body),
    async seed(kind) {
      if (kind === 'demo') await seedDemo(store);
    },
  };
}
