// Data access for the Wasmer dialect: table names, keys, name parsing, version ordering and Relay paging.
// Rows are plain JSON (the store's rule); relations are kept as keys and resolved at read time.
import { gqlError } from '../lib/errors.mjs';

export const GLOBAL_NS = '_';

export function tables(store) {
  return {
    users: store.table('wasmer.users'), //            username -> user
    namespaces: store.table('wasmer.namespaces'), //  name -> { name, owners: [username], ... }
    packages: store.table('wasmer.packages'), //      "ns/name" -> package
    versions: store.table('wasmer.versions'), //      "ns/name@version" -> package version
    interfaces: store.table('wasmer.interfaces'), //  name -> interface
    ifaceVersions: store.table('wasmer.interfaceVersions'), // "name@version" -> interface version
    tokens: store.table('wasmer.tokens'), //          sha256(token) -> { id, username, kind, ... }
    publicKeys: store.table('wasmer.publicKeys'), //  keyId -> { id, keyId, owner, key, uploadedAt, revokedAt }
    blogposts: store.table('wasmer.blogposts'), //    slug -> blog post
  };
}

/** "ns/name" -> { namespace, name }; a bare name lives in the global namespace "_" (as on WAPM). */
export function splitName(full) {
  const s = String(full).trim();
  const i = s.indexOf('/');
  return i < 0 ? { namespace: GLOBAL_NS, name: s } : { namespace: s.slice(0, i), name: s.slice(i + 1) };
}
export const packageKey = (namespace, name) => `${namespace}/${name}`;
export const versionKey = (pkgKey, version) => `${pkgKey}@${version}`;

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
export const isSemver = (v) => SEMVER.test(String(v));

/** Semver precedence (prerelease lower than release); enough to pick "latest" and to sort versions. */
export function compareSemver(a, b) {
  const x = SEMVER.exec(a), y = SEMVER.exec(b);
  if (!x || !y) return String(a).localeCompare(String(b));
  for (let i = 1; i <= 3; i++) if (+x[i] !== +y[i]) return +x[i] - +y[i];
  if (x[4] === y[4]) return 0;
  if (!x[4]) return 1;
  if (!y[4]) return -1;
  return x[4].localeCompare(y[4], 'en', { numeric: true });
}

/** All versions of a package, oldest first. */
export function versionsOf(t, pkgKey) {
  const out = [];
  for (const v of t.versions.values()) if (v.pkg === pkgKey) out.push(v);
  return out.sort((a, b) => compareSemver(a.version, b.version));
}

export function latestVersion(t, pkgKey) {
  const all = versionsOf(t, pkgKey);
  return all.length ? all[all.length - 1] : null;
}

/** Relay global id, the way graphene builds them: base64("Type:key"). */
export const globalId = (type, key) => Buffer.from(`${type}:${key}`).toString('base64');

// Cursors are graphene's "arrayconnection:<index>" in base64, so offsets survive a round trip.
const cursorOf = (i) => Buffer.from(`arrayconnection:${i}`).toString('base64');
function indexOf(cursor, arg) {
  const m = /^arrayconnection:(\d+)$/.exec(Buffer.from(String(cursor), 'base64').toString());
  if (!m) throw gqlError(`Invalid cursor in "${arg}"`, 'BAD_USER_INPUT');
  return Number(m[1]);
}

/**
 * Relay connection over an array: { pageInfo, edges, totalCount }. Supports first/after, last/before and
 * graphene's extra `offset` (skips that many items after `after`).
 */
export function connection(items, { first, after, last, before, offset } = {}) {
  for (const [k, v] of Object.entries({ first, last, offset })) {
    if (v != null && v < 0) throw gqlError(`Argument "${k}" must be a non-negative integer`, 'BAD_USER_INPUT');
  }
  let start = after != null ? indexOf(after, 'after') + 1 : 0;
  let end = before != null ? Math.min(indexOf(before, 'before'), items.length) : items.length;
  if (offset) start += offset;
  start = Math.min(start, items.length);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ node: items[i], cursor: cursorOf(i) });
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** Who may see a package: public ones everyone; private ones only the owners of their namespace. */
export function canSee(t, pkg, viewer) {
  if (!pkg) return false;
  if (!pkg.private) return true;
  return Boolean(viewer) && ownsNamespace(t, viewer.username, pkg.namespace);
}

/** A user owns the namespace named after them and the namespaces that list them as owner. */
export function ownsNamespace(t, username, namespace) {
  if (namespace === username) return true;
  const ns = t.namespaces.get(namespace);
  return Boolean(ns && ns.owners?.includes(username));
}

/**
 * Whether `version` meets a [dependencies] requirement, read the way Cargo and the Wasmer CLI read them:
 * "1.2.3" and "^1.2.3" are caret ranges (>=1.2.3 <2.0.0; for 0.x the minor is the breaking part), "~1.2"
 * allows patches, "=", ">", ">=", "<", "<=" compare, "*" takes anything, and comma-separated parts must all hold.
 */
export function satisfies(version, requirement) {
  const req = String(requirement ?? '').trim();
  if (req === '' || req === '*') return true;
  const v = SEMVER.exec(version);
  if (!v) return false;
  const ver = [+v[1], +v[2], +v[3]];
  const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  return req.split(',').every((part) => {
    const m = /^\s*(\^|~|=|>=|<=|>|<)?\s*(\d+)(?:\.(\d+|\*))?(?:\.(\d+|\*))?/.exec(part);
    if (!m) return false;
    const op = m[1] ?? '^';
    const parts = [m[2], m[3], m[4]].map((x) => (x === undefined || x === '*' ? null : Number(x)));
    const floor = parts.map((x) => x ?? 0);
    const given = parts.filter((x) => x !== null).length;
    let upper; // exclusive
    if (op === '^') {
      if (floor[0] > 0 || given === 1) upper = [floor[0] + 1, 0, 0];
      else if (floor[1] > 0 || given === 2) upper = [0, floor[1] + 1, 0];
      else upper = [0, 0, floor[2] + 1];
      return cmp(ver, floor) >= 0 && cmp(ver, upper) < 0;
    }
    if (op === '~') {
      upper = given === 1 ? [floor[0] + 1, 0, 0] : [floor[0], floor[1] + 1, 0];
      return cmp(ver, floor) >= 0 && cmp(ver, upper) < 0;
    }
    if (op === '=') return parts.every((x, i) => x === null || x === ver[i]);
    const c = cmp(ver, floor);
    return op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : c <= 0;
  });
}

/** The highest version of package `pkgKey` that meets `requirement`, or null. */
export function resolveRequirement(t, pkgKey, requirement) {
  const all = versionsOf(t, pkgKey);
  for (let i = all.length - 1; i >= 0; i--) if (satisfies(all[i].version, requirement)) return all[i];
  return null;
}
