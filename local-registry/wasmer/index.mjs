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
import { canSee } from './model.mjs';
import { eventIterator } from '../lib/pubsub.mjs';

/** A Relay global id ("Type:key" in base64) or the bare key names `key` as one of `types`. */
function idNames(id, types, key) {
  if (id === key) return true;
  const decoded = Buffer.from(String(id), 'base64').toString('utf8');
  return types.some((type) => decoded === `${type}:${key}`);
}

/** packageVersionCreated(publishedBy, ownerId): versions published from now on that the subscriber may see. */
const Subscription = {
  packageVersionCreated: {
    subscribe: (_, { publishedBy, ownerId }, ctx) => eventIterator(ctx.env.events, 'wasmer.packageVersionCreated', (row) => {
      const pkg = ctx.t.packages.get(row.pkg);
      return canSee(ctx.t, pkg, ctx.viewer)
        && (publishedBy == null || idNames(publishedBy, ['User'], row.publishedBy))
        && (ownerId == null || idNames(ownerId, ['User', 'Namespace'], pkg.namespace));
    }),
    resolve: (row) => row,
  },
};

export default async function createDialect(env) {
  const t = tables(env.store);
  const uploads = createUploads(env, t);
  const hooks = { uploads, published: (row) => env.events?.emit('wasmer.packageVersionCreated', row) };
  const schema = makeSchema(sdl, { ...readResolvers(env, hooks), Mutation: mutationResolvers(env.store, t, hooks), Subscription });
  return {
    schema,
    // Never fails: without a (valid) token the request is anonymous and viewer is null, as on Wasmer.
    async context({ headers }) {
      return { t, viewer: viewerFrom(t, headers ?? {}), env };
    },
    // Over the WebSocket the token travels in the connection_init payload: {"Authorization": "Bearer ..."}.
    wsHeaders: (params) => (params.Authorization ?? params.authorization ? { authorization: String(params.Authorization ?? params.authorization) } : {}),
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
