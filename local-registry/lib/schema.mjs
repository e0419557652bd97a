// Builds an executable schema from our own SDL and a resolver map.
// graphql-js has no makeExecutableSchema (that lives in graphql-tools); attaching resolvers to the
// built schema's fields is a few lines, so we do it here instead of adding a dependency.
import { buildSchema, isObjectType, isAbstractType } from 'graphql';

/**
 * @param {string} sdl  our own SDL (a compatible subset of the real registry's schema)
 * @param {Record<string, Record<string, Function>>} resolvers
 *   { TypeName: { fieldName(parent, args, ctx, info) {...} }, UnionOrInterface: { __resolveType(value) {...} },
 *     Subscription: { fieldName: { subscribe(parent, args, ctx) {...}, resolve(payload) {...} } } }
 *   Fields without a resolver use graphql-js's default: the parent's property (called if it is a function).
 */
export function makeSchema(sdl, resolvers = {}) {
  const schema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`resolver for unknown type ${typeName}`);
    if (isAbstractType(type)) {
      if (fields.__resolveType) type.resolveType = fields.__resolveType;
      continue;
    }
    if (!isObjectType(type)) throw new Error(`resolvers given for non-object type ${typeName}`);
    const typeFields = type.getFields();
    for (const [fieldName, fn] of Object.entries(fields)) {
      if (!typeFields[fieldName]) throw new Error(`resolver for unknown field ${typeName}.${fieldName}`);
      // A subscription field is { subscribe(parent, args, ctx) -> AsyncIterator, resolve?(payload, ...) }.
      if (typeof fn === 'object') Object.assign(typeFields[fieldName], fn);
      else typeFields[fieldName].resolve = fn;
    }
  }
  return schema;
}
