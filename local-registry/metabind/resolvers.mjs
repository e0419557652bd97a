// Resolvers of the Metabind read API. Every root field checks the API key itself (not context()),
// because introspection must keep working without a key while data is refused.
import { GraphQLError } from 'graphql';
import { gqlError } from '../lib/errors.mjs';
import { T, projectRows, findPackage, resolveDependencies, scopedKey } from './model.mjs';
import { paginate, newestFirst, newestKey, byName, nameKey } from './pagination.mjs';

function requireAccess(ctx) {
  if (!ctx.access) throw gqlError(ctx.authError ?? 'Unauthorized', 'UNAUTHORIZED');
  return ctx.access;
}

const matches = (search, ...fields) =>
  !search || fields.some((f) => String(f ?? '').toLowerCase().includes(String(search).toLowerCase()));
const hasTags = (wanted, tags) => !wanted?.length || wanted.every((t) => (tags ?? []).includes(t));

function assetUrl(asset, ctx) {
  return `${ctx.baseUrl()}/files/${asset.file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The JSON-string form a renderer downloads: components and assets keyed by name. */
function resolvedData(pkg, ctx) {
  const components = Object.fromEntries(pkg.components.map((c) =>
    [c.name, { id: c.id, name: c.name, title: c.title, description: c.description, compiled: c.compiled, schema: c.schema }]));
  const assets = Object.fromEntries(pkg.assets.map((a) =>
    [a.name, { id: a.id, name: a.name, type: a.type, url: assetUrl(a, ctx), size: a.size, width: a.width ?? null, height: a.height ?? null }]));
  return { id: pkg.id, version: pkg.version, components: JSON.stringify(components), assets: JSON.stringify(assets) };
}

function lookup(ctx, table, id, what) {
  const scope = requireAccess(ctx);
  const row = ctx.store.table(table).get(scopedKey(scope.orgId, scope.projectId, id));
  if (!row) throw gqlError(`${what} not found: ${id}`, 'NOT_FOUND');
  return row;
}

const list = (ctx, table, args, keep, compare = byName, key = nameKey) =>
  paginate(projectRows(ctx.store, table, requireAccess(ctx)).filter(keep), args, compare, key);

const Query = {
  packages: (_, args, ctx) =>
    paginate(projectRows(ctx.store, T.packages, requireAccess(ctx)), args, newestFirst, newestKey),
  package(_, { version }, ctx) {
    const pkg = findPackage(ctx.store, requireAccess(ctx), version);
    if (!pkg) throw gqlError(`Package version not found: ${version}`, 'NOT_FOUND');
    return pkg;
  },
  resolvedPackageData(_, { packageId }, ctx) {
    const scope = requireAccess(ctx);
    const pkg = ctx.store.table(T.packages).get(packageId);
    if (!pkg) throw gqlError(`Package not found: ${packageId}`, 'NOT_FOUND');
    // Dependencies live in other projects of the same organization, so the key's org is the boundary.
    if (pkg.orgId !== scope.orgId) throw gqlError('This API key cannot read that package', 'FORBIDDEN');
    return resolvedData(pkg, ctx);
  },
  components: (_, args, ctx) => list(ctx, T.components, args, (c) => matches(args.search, c.name, c.title, c.description)),
  component: (_, { id }, ctx) => lookup(ctx, T.components, id, 'Component'),
  assets: (_, args, ctx) => list(ctx, T.assets, args, (a) =>
    (!args.type || a.type === args.type) && hasTags(args.tags, a.tags) && matches(args.search, a.name, a.description)),
  asset: (_, { id }, ctx) => lookup(ctx, T.assets, id, 'Asset'),
  tags: (_, args, ctx) => list(ctx, T.tags, args, (t) => matches(args.search, t.name, t.slug, t.description)),
  tag: (_, { id }, ctx) => lookup(ctx, T.tags, id, 'Tag'),
  contents: (_, args, ctx) => list(ctx, T.contents, args, (c) =>
    (!args.typeId || c.typeId === args.typeId) && (!args.locale || c.locale === args.locale)
    && hasTags(args.tags, c.tags) && matches(args.search, c.name, c.description), newestFirst, newestKey),
  content: (_, { id }, ctx) => lookup(ctx, T.contents, id, 'Content'),
  contentTypes: (_, args, ctx) => list(ctx, T.contentTypes, args, (t) => matches(args.search, t.name, t.description)),
  contentType: (_, { id }, ctx) => lookup(ctx, T.contentTypes, id, 'Content type'),
};

function resolvedOf(pkg, ctx) {
  return { package: resolvedData(pkg, ctx), dependencies: resolveDependencies(ctx.store, pkg).map((d) => resolvedData(d, ctx)) };
}
const refOf = (pkg, ctx) => ({ package: pkg.id, dependencies: resolveDependencies(ctx.store, pkg).map((d) => d.id) });

function contentPackage(content, ctx) {
  return findPackage(ctx.store, content, content.packageVersion);
}

const typeResolvers = {
  Query,
  Package: {
    compiled: (pkg) => JSON.stringify(Object.fromEntries(pkg.components.map((c) => [c.name, c.compiled]))),
    resolved: (pkg, _, ctx) => resolvedOf(pkg, ctx),
    resolvedRef: (pkg, _, ctx) => refOf(pkg, ctx),
  },
  Asset: { url: (a, _, ctx) => assetUrl(a, ctx) },
  Content: {
    contentType: (c, _, ctx) => ctx.store.table(T.contentTypes).get(scopedKey(c.orgId, c.projectId, c.typeId)) ?? null,
    resolvedPackage(c, _, ctx) {
      const pkg = contentPackage(c, ctx);
      return pkg ? resolvedOf(pkg, ctx) : null;
    },
    resolvedRef(c, _, ctx) {
      const pkg = contentPackage(c, ctx);
      if (!pkg) throw gqlError(`Package version not found: ${c.packageVersion}`, 'NOT_FOUND');
      return refOf(pkg, ctx);
    },
  },
};

// Unexpected failures get Metabind's own code instead of the server's generic one, without leaking details.
function guarded(fn) {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e instanceof GraphQLError) throw e;
      throw gqlError('Internal error', 'INTERNAL_ERROR');
    }
  };
}

export const resolvers = Object.fromEntries(Object.entries(typeResolvers).map(([type, fields]) =>
  [type, Object.fromEntries(Object.entries(fields).map(([name, fn]) => [name, guarded(fn)]))]));
