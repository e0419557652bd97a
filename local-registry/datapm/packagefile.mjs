// Checks a package file by the rules of DataPM's package-file JSON Schema v0.32.1, written by hand
// (no JSON Schema library: the local registry has no dependency but graphql). The real server does
// this in the PackageFileJSON scalar, so a bad file fails variable coercion: HTTP 400, with
// `INVALID_PACKAGE_FILE_SCHEMA` in the message.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export const CURRENT_SCHEMA = 'https://datapm.io/docs/package-file-schema-v0.32.1.json';
const PACKAGE_SLUG = /^[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?$/;
const DISPLAY_NAME = /^[a-zA-Z][a-zA-z0-9 _\-%*\\+]+$/; // sic: the real pattern's "A-z" admits [\]^_`
const SEMVER = /^[0-9]+\.[0-9]+\.[0-9]+$/;
const UPDATE_METHODS = new Set(['CONTINUOUS', 'BATCH_FULL_SET', 'APPEND_ONLY_LOG']);

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function fail(path, problem) {
  throw new GraphQLError(`INVALID_PACKAGE_FILE_SCHEMA: ${path} ${problem}`);
}

function str(v, path, max, { pattern } = {}) {
  if (typeof v !== 'string') fail(path, 'must be a string');
  if (v.length > max) fail(path, `must NOT have more than ${max} characters`);
  if (pattern && !pattern.test(v)) fail(path, `must match pattern "${pattern.source}"`);
}

function checkTypes(types, path) {
  if (!isObj(types)) fail(path, 'must be an object');
  for (const [name, tv] of Object.entries(types)) {
    if (!isObj(tv)) fail(`${path}/${name}`, 'must be an object');
    if (typeof tv.recordCount !== 'number') fail(`${path}/${name}`, "must have required property 'recordCount'");
    if (tv.arrayTypes !== undefined) checkTypes(tv.arrayTypes, `${path}/${name}/arrayTypes`);
  }
}

function checkProperties(props, path) {
  if (!isObj(props)) fail(path, 'must be an object');
  for (const [name, p] of Object.entries(props)) {
    const at = `${path}/${name}`;
    if (!isObj(p)) fail(at, 'must be an object');
    for (const req of ['types', 'title']) if (p[req] === undefined) fail(at, `must have required property '${req}'`);
    checkTypes(p.types, `${at}/types`);
    if (p.properties !== undefined) checkProperties(p.properties, `${at}/properties`);
  }
}

function checkSources(sources) {
  if (!Array.isArray(sources)) fail('/sources', 'must be array');
  sources.forEach((s, i) => {
    const at = `/sources/${i}`;
    if (!isObj(s)) fail(at, 'must be object');
    for (const req of ['type', 'slug', 'streamSets', 'connectionConfiguration']) {
      if (s[req] === undefined) fail(at, `must have required property '${req}'`);
    }
    str(s.slug, `${at}/slug`, 128);
    str(s.type, `${at}/type`, 128);
    if (!isObj(s.connectionConfiguration)) fail(`${at}/connectionConfiguration`, 'must be object');
    if (!Array.isArray(s.streamSets)) fail(`${at}/streamSets`, 'must be array');
    s.streamSets.forEach((ss, j) => {
      const sat = `${at}/streamSets/${j}`;
      if (!isObj(ss)) fail(sat, 'must be object');
      for (const req of ['slug', 'schemaTitles', 'updateMethods']) {
        if (ss[req] === undefined) fail(sat, `must have required property '${req}'`);
      }
      if (!Array.isArray(ss.schemaTitles)) fail(`${sat}/schemaTitles`, 'must be array');
      if (!Array.isArray(ss.updateMethods) || ss.updateMethods.some((m) => !UPDATE_METHODS.has(m))) {
        fail(`${sat}/updateMethods`, 'must be an array of CONTINUOUS, BATCH_FULL_SET, APPEND_ONLY_LOG');
      }
    });
  });
}

/**
 * Parses and checks a package file sent as a JSON string; returns the (possibly upgraded) object.
 * Throws a GraphQLError whose message starts with INVALID_PACKAGE_FILE_SCHEMA.
 */
export function parsePackageFile(text) {
  if (typeof text !== 'string') throw new GraphQLError('PackageFileJSON must be a JSON document sent as a string');
  let file;
  try { file = JSON.parse(text); } catch { fail('', 'is not valid JSON'); }
  if (!isObj(file)) fail('', 'must be object');
  // Files without $schema (or an older one) are upgraded, as the real server does: the licence becomes optional.
  const current = file.$schema === CURRENT_SCHEMA;
  if (!current) {
    file = { ...file, $schema: CURRENT_SCHEMA };
    if (file.licenseMarkdown === undefined && file.licenseFile === undefined) file.licenseMarkdown = 'No license defined';
  }
  for (const req of ['updatedDate', 'displayName', 'packageSlug', 'version', 'description', 'schemas', 'sources', 'canonical']) {
    if (file[req] === undefined) fail('', `must have required property '${req}'`);
  }
  str(file.packageSlug, '/packageSlug', 38, { pattern: PACKAGE_SLUG });
  str(file.displayName, '/displayName', 128, { pattern: DISPLAY_NAME });
  str(file.description, '/description', 100000);
  str(file.version, '/version', 128, { pattern: SEMVER });
  str(file.updatedDate, '/updatedDate', 128);
  if (Number.isNaN(Date.parse(file.updatedDate))) fail('/updatedDate', 'must match format "date-time"');
  if (typeof file.canonical !== 'boolean') fail('/canonical', 'must be boolean');
  if (file.generatedBy !== undefined) str(file.generatedBy, '/generatedBy', 256);
  if (file.website !== undefined) str(file.website, '/website', 1024);
  if (file.contactEmail !== undefined) str(file.contactEmail, '/contactEmail', 1024);
  for (const [k, max] of [['readmeMarkdown', 100000], ['licenseMarkdown', 100000], ['readmeFile', 1024], ['licenseFile', 1024]]) {
    if (file[k] !== undefined) str(file[k], `/${k}`, max);
  }
  const oneOf = (a, b, mustHaveOne) => {
    const n = (file[a] !== undefined) + (file[b] !== undefined);
    if (n > 1 || (mustHaveOne && n === 0)) fail('', `must have exactly one of '${a}' or '${b}'`);
  };
  oneOf('readmeMarkdown', 'readmeFile', current);
  oneOf('licenseMarkdown', 'licenseFile', current);
  if (!Array.isArray(file.schemas)) fail('/schemas', 'must be array');
  file.schemas.forEach((s, i) => {
    if (!isObj(s)) fail(`/schemas/${i}`, 'must be object');
    if (s.properties !== undefined) checkProperties(s.properties, `/schemas/${i}/properties`);
  });
  checkSources(file.sources);
  return file;
}

/** The scalar: received as a string (an object is refused, as by the real server), checked on the way in. */
export const PackageFileJSON = new GraphQLScalarType({
  name: 'PackageFileJSON',
  serialize: (v) => (typeof v === 'string' ? v : JSON.stringify(v)),
  parseValue: (v) => parsePackageFile(v),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('PackageFileJSON must be a JSON document sent as a string');
    return parsePackageFile(ast.value);
  },
});
