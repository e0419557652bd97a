// The Wasmer/WAPM dialect of the local registry (see local-registry/README.md): schema, request context
// (who the Bearer token belongs to) and the demo seed.
import { makeSchema } from '../lib/schema.mjs';
import { sdl } from './sdl.mjs';
import { tables } from './model.mjs';
import { viewerFrom } from './auth.mjs';
import { readResolvers } from './resolvers.mjs';
import { mutationResolvers } from './mutations.mjs';
import { seedDemo } from './seed.mjs';

export default async function createDialect(env) {
  const t = tables(env.store);
  const schema = makeSchema(sdl, { ...readResolvers(env), Mutation: mutationResolvers(env.store, t) });
  return {
    schema,
    // Never fails: without a (valid) token the request is anonymous and viewer is null, as on Wasmer.
    async context({ headers }) {
      return { t, viewer: viewerFrom(t, headers ?? {}), env };
    },
    async seed(kind) {
      if (kind === 'demo') await seedDemo(env.store, t); // 'bulk' data is DataPM's; the demo seed comes with it
    },
  };
}
