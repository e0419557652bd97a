#!/usr/bin/env node
// Answers to Depot's Wasmer operations in the shapes a schema allows, for tst_wasmer to feed the decoders:
// every operation of resources/graphql/wasmer is executed (graphql-js) against the schema with resolvers
// that make up values, in several variants:
//   present  every field has a value, lists have two items
//   nulls    every field the schema allows to be null is null (the root fields excepted: a null root is
//            "not found", tested elsewhere), lists have two items
//   unions   lists have seven items and every union or interface cycles through all its member types, those
//            Depot does not know included (apps, blog posts, templates)
//   partial  `nulls` with an `errors` entry for a nested field, as a server that failed on one field sends
// Prints {operationName: {variant: answer}} as JSON.
//
// The schema: the public Wasmer schema where it lies beside the project (../shared/schemas/wasmer.graphql on
// the development machines; read, never copied), else the local registry's SDL, which check-schema-subset
// keeps a compatible subset of it (same types, same nullability).
//   node tests/wasmer/answer-shapes.mjs [SCHEMA.graphql]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const graphql = await import(pathToFileURL(path.join(ROOT, 'local-registry/node_modules/graphql/index.mjs')));
const {
  buildSchema, parse, execute, getNamedType, isNonNullType, isListType, isAbstractType, isEnumType, isScalarType,
  isInputObjectType, typeFromAST,
} = graphql;

function loadSchema() {
  const candidates = [process.argv[2], path.join(ROOT, '../shared/schemas/wasmer.graphql')].filter(Boolean);
  for (const file of candidates) {
    if (fs.existsSync(file)) return { schema: buildSchema(fs.readFileSync(file, 'utf8'), { assumeValidSDL: true }), source: 'public' };
  }
  return import(pathToFileURL(path.join(ROOT, 'local-registry/wasmer/sdl.mjs'))).then(({ sdl }) => ({ schema: buildSchema(sdl), source: 'local' }));
}

// The operation texts as Depot loads them: fragment files spread by name are appended.
const folder = path.join(ROOT, 'resources/graphql/wasmer');
const texts = Object.fromEntries(fs.readdirSync(folder).filter((f) => f.endsWith('.graphql'))
  .map((f) => [f.slice(0, -'.graphql'.length), fs.readFileSync(path.join(folder, f), 'utf8')]));
function withFragments(text, seen = new Set()) {
  let out = text;
  for (const [, name] of text.matchAll(/\.\.\.\s*([A-Za-z_]\w*)/g)) {
    if (name === 'on' || seen.has(name) || !texts[name]) continue;
    seen.add(name);
    out += `\n${withFragments(texts[name], seen)}`;
  }
  return out;
}

// Values that let a decoder make something of a field: addresses are https, versions semver, dates ISO.
function scalar(type, field, counter) {
  switch (type.name) {
    case 'Int': return 3;
    case 'Float': return 1.5;
    case 'Boolean': return true;
    case 'ID': return `id-${field}-${counter}`;
    case 'DateTime': return '2024-05-06T07:08:09.123Z';
    case 'BigInt': return '4096';
    case 'JSONString': case 'GenericScalar': return '{}';
    default: break;
  }
  if (/url$/i.test(field) || field === 'homepage' || field === 'repository') return `https://example.com/${field}/${counter}/file.tar.gz`;
  if (/version$/i.test(field)) return `1.${counter}.0`;
  if (/sha256/i.test(field)) return 'ab'.repeat(32);
  if (field === 'manifest') return '[package]\nname = "ns/pkg"\nversion = "1.0.0"\n[[module]]\nname = "m"\nsource = "m.wasm"\n';
  return `${field}-${counter}`;
}

function resolvers(schema, variant) {
  let counter = 0;
  const unionTurn = new Map();
  const value = (type, info, nested) => {
    if (!isNonNullType(type)) {
      // Root fields stay present: a null root means "not found", which is another test.
      if (variant.nulls && nested) return null;
      return value(new graphql.GraphQLNonNull(type), info, nested);
    }
    const inner = type.ofType;
    if (isListType(inner)) return Array.from({ length: variant.listLength }, () => value(inner.ofType, info, nested));
    if (isEnumType(inner)) return inner.getValues()[0].value;
    if (isScalarType(inner)) return scalar(inner, info.fieldName, ++counter);
    if (isAbstractType(inner)) {
      const members = schema.getPossibleTypes(inner);
      const turn = unionTurn.get(inner.name) ?? 0;
      unionTurn.set(inner.name, turn + 1);
      return { __typename: members[turn % members.length].name };
    }
    return { __typename: inner.name };
  };
  return {
    fieldResolver: (source, args, context, info) => value(info.returnType, info, info.path.prev !== undefined),
    typeResolver: (source) => source.__typename,
  };
}

// Variables from the definitions: a value of each declared type.
function variablesOf(schema, operation) {
  const variables = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    const named = getNamedType(type);
    let v = 'x';
    if (named.name === 'Int') v = 2;
    else if (named.name === 'Boolean') v = false;
    else if (isInputObjectType(named)) v = {};
    else if (named.name === 'Upload') v = null;
    if (isListType(isNonNullType(type) ? type.ofType : type)) v = [v];
    if (v !== null || !isNonNullType(type)) variables[definition.variable.name.value] = v;
  }
  return variables;
}

const variants = {
  present: { listLength: 2, nulls: false },
  nulls: { listLength: 2, nulls: true },
  unions: { listLength: 7, nulls: false },
};

const { schema, source } = await loadSchema();
const out = { $schema: source };
for (const [name, text] of Object.entries(texts)) {
  const document = parse(withFragments(text));
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!operation) continue; // a fragment file
  out[name] = {};
  for (const [variantName, variant] of Object.entries(variants)) {
    const { fieldResolver, typeResolver } = resolvers(schema, variant);
    const result = await execute({ schema, document, variableValues: variablesOf(schema, operation), fieldResolver, typeResolver });
    if (result.errors?.length) throw new Error(`${name}/${variantName}: ${result.errors[0].message}`);
    out[name][variantName] = { data: result.data };
  }
  // A server that failed on one nested field: the data with that field null, and an error naming it.
  const rootField = Object.keys(out[name].nulls.data)[0];
  out[name].partial = {
    data: out[name].nulls.data,
    errors: [{ message: 'Internal server error', path: [rootField, 'signature'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  };
}
process.stdout.write(JSON.stringify(out));
