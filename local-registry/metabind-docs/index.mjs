// /metabind-docs/graphql: the Metabind data of /metabind/graphql behind the schema the public docs show,
// where `packages(page, limit)` answers pagination { page limit total pages } instead of the real
// schema's cursor. A client that picks its paging by introspection is tested against both.
import { createMetabind } from '../metabind/index.mjs';

export default async function createDialect(env) {
  return createMetabind(env, { docs: true });
}
