// The Wasmer/WAPM dialect of the local registry (see local-registry/README.md): schema, request context
// (who the Bearer token belongs to), signed-URL uploads and the demo and large-package seeds.
import { makeSchema } from '../lib/schema.mjs';
import { sdl } from './sdl.mjs';
import { tables } from './model.mjs';
import { viewerFrom } from './auth.mjs';
import { readResolvers } from './resolvers.mjs';
import { mutationResolvers } from './mutations.mjs';
import { createUploads } from './uploads.mjs';
import { seedDemo } from './seed.mjs';
import { seedLargePackage } from './large.mjs';

export default async function createDialect(env) {
  const t = tables(env.store);
  const uploads = createUploads(env, t);
  const hooks = { uploads, published: (row) => env.events?.emit('wasmer.packageVersionCreated', row) };
  const schema = makeSchema(sdl, { ...readResolvers(env, hooks), Mutation: mutationResolvers(env.store, t, hooks) });
  return {
    schema,
    // Never fails: without a (valid) token the request is anonymous and viewer is null, as on Wasmer.
    async context({ headers }) {
      return { t, viewer: viewerFrom(t, headers ?? {}), env };
    },
    // Upload bodies may be far larger than the 64 MiB the server buffers: they are read as streams.
    streams: (sub) => /^uploads\//.test(sub),
    handleStream: (req, res, sub, url, opts) => uploads.handle(req, res, sub, url, opts),
    async seed(kind, n) {
      if (kind === 'demo') await seedDemo(env.store, t); // 'bulk' data is DataPM's; the demo seed comes with it
      if (kind === 'large') await seedLargePackage(env.store, t, { megabytes: n });
    },
    // POST /_control/wasmer/large-package {"megabytes": N, "name"?: "ns/name", "version"?: "x.y.z"} (with --faults).
    async control(req, res, sub, body) {
      if (sub !== 'large-package' || req.method !== 'POST') return null;
      const spec = JSON.parse(body.toString('utf8') || '{}');
      return seedLargePackage(env.store, t, spec);
    },
  };
}
