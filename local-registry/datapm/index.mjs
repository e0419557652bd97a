// The DataPM dialect of the local registry: answers like a DataPM registry server (0.32.47).
import fs from 'node:fs';
import { GraphQLError } from 'graphql';
import { makeSchema } from '../lib/schema.mjs';
import { Model } from './model.mjs';
import { makeContext, jwtKey } from './auth.mjs';
import { PackageFileJSON } from './packagefile.mjs';
import { typeResolvers } from './resolvers/types.mjs';
import { browseResolvers } from './resolvers/browse.mjs';
import { accountResolvers } from './resolvers/account.mjs';
import { publishResolvers } from './resolvers/publish.mjs';
import { seedDemo, seedBulk, installBulkGenerators } from './seed.mjs';

const sdl = fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/** Copies a hand-written scalar's behaviour onto the one buildSchema made from the SDL. */
function implementScalar(schema, impl) {
  const t = schema.getType(impl.name);
  Object.assign(t, { serialize: impl.serialize, parseValue: impl.parseValue, parseLiteral: impl.parseLiteral });
}

export default async function createDialect(env) {
  const { store } = env;
  const model = new Model(store, env.baseUrl);
  installBulkGenerators(model);
  // Made once per data folder; not flushed here (that would make a new store look non-empty to the
  // server's seeding), but login flushes before it hands out a token signed with it.
  jwtKey(store);

  const account = accountResolvers(model);
  const schema = makeSchema(sdl, {
    ...typeResolvers(model),
    Query: { ...browseResolvers(model), ...account.Query },
    Mutation: { ...account.Mutation, ...publishResolvers(model) },
  });
  implementScalar(schema, PackageFileJSON);
  implementScalar(schema, {
    name: 'Date',
    serialize: (v) => (v instanceof Date ? v.toISOString() : v),
    parseValue: (v) => {
      if (Number.isNaN(Date.parse(v))) throw new GraphQLError('Date must be an ISO 8601 date-time');
      return v;
    },
    parseLiteral: (ast) => ast.value,
  });
  model.warmUp();
  implementScalar(schema, { name: 'Void', serialize: () => null, parseValue: () => null, parseLiteral: () => null });

  return {
    schema,
    context: makeContext(store),
    model, // for tests
    async seed(kind, n) {
      if (kind === 'demo') await seedDemo(model);
      else if (kind === 'bulk') await seedBulk(model, n);
      model.index = null;
      model.warmUp();
    },
  };
}
