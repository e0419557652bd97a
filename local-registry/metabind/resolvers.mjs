// Resolvers of the Metabind read API. Every root field checks the API key itself (not context()),
// because introspection must keep working without a key while data is refused.
import { GraphQLError } from 'graphql';
import { gqlError } from '../lib/errors.mjs';
import {
  T, projectRows, findPackage, resolveDependencies, scopedKey, getProject, buildPackage, draftId, parseDraftId, componentStatus,
} from './model.mjs';
import { paginate, newestFirst, newestKey, byName, nameKey } from './pagination.mjs';
import { filterPredicate, sortOrder } from './filters.mjs';
import { previewOf, previewScope, subscriptionResolvers } from './live.mjs';

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

/**
 * The JSON-string form a renderer downloads: `components` maps each component's name to its compiled code
 * (what the Metabind SDKs decode), `assets` each asset's name to its description and URL.
 */
function resolvedData(pkg, ctx) {
  const components = Object.fromEntries(pkg.components.map((c) => [c.name, c.compiled]));
  const assets = Object.fromEntries(pkg.assets.map((a) =>
    [a.name, { id: a.id, name: a.name, type: a.type, url: assetUrl(a, ctx), size: a.size, width: a.width ?? null, height: a.height ?? null }]));
  return { id: pkg.id, version: pkg.version, components: JSON.stringify(components), assets: JSON.stringify(assets) };
}

/** The project's unpublished state as a package whose id is draft:<projectId>:<orgId> (never cached). */
function draftPackage(store, scope) {
  const project = getProject(store, scope.orgId, scope.projectId);
  if (!project) return null;
  return { ...buildPackage(store, project, 'draft'), id: draftId(scope) };
}

function lookup(ctx, table, id, what) {
  const scope = requireAccess(ctx);
  const row = ctx.store.table(table).get(scopedKey(scope.orgId, scope.projectId, id));
  if (!row) throw gqlError(`${what} not found: ${id}`, 'NOT_FOUND');
  return row;
}

/** A project list, filtered, in `sort` order when given (else the default), cursor-paged. */
function list(ctx, table, args, keep, compare = byName, key = nameKey, sortable = []) {
  const rows = projectRows(ctx.store, table, requireAccess(ctx)).filter(keep);
  const custom = sortOrder(args.sort, sortable, compare);
  return custom ? paginate(rows, args, custom.compare, custom.key) : paginate(rows, args, compare, key);
}

const ASSET_FILTER = { name: 'text', type: 'text', tags: 'text', size: 'number', width: 'number', height: 'number' };
const CONTENT_FILTER = { name: 'text', description: 'text', tags: 'text', typeId: 'text', locale: 'text', createdAt: 'date', updatedAt: 'date' };

/** Number-paged packages, as the docs-shaped endpoint answers: pagination { page limit total pages }. */
function packagePage(ctx, { page, limit }) {
  const p = page ?? 1;
  const l = limit ?? 20;
  if (!Number.isInteger(p) || p < 1) throw gqlError('page must be a positive integer', 'BAD_REQUEST');
  if (!Number.isInteger(l) || l < 1 || l > 100) throw gqlError('limit must be between 1 and 100', 'BAD_REQUEST');
  const all = projectRows(ctx.store, T.packages, requireAccess(ctx)).sort(newestFirst);
  return { data: all.slice((p - 1) * l, p * l), pagination: { page: p, limit: l, total: all.length, pages: Math.ceil(all.length / l) } };
}

function makeQuery({ docs }) {
  return {
    packages: docs ? (_, args, ctx) => packagePage(ctx, args)
      : (_, args, ctx) => paginate(projectRows(ctx.store, T.packages, requireAccess(ctx)), args, newestFirst, newestKey),
    package(_, { version }, ctx) {
      const pkg = findPackage(ctx.store, requireAccess(ctx), version);
      if (!pkg) throw gqlError(`Package version not found: ${version}`, 'NOT_FOUND');
      return pkg;
    },
    resolvedPackageData(_, { packageId }, ctx) {
      const scope = requireAccess(ctx);
      const draft = parseDraftId(packageId);
      if (draft) {
        if (draft.orgId !== scope.orgId || draft.projectId !== scope.projectId) throw gqlError('This API key cannot read that draft', 'FORBIDDEN');
        const pkg = draftPackage(ctx.store, scope);
        if (!pkg) throw gqlError(`Package not found: ${packageId}`, 'NOT_FOUND');
        return resolvedData(pkg, ctx);
      }
      const pkg = ctx.store.table(T.packages).get(packageId);
      if (!pkg) throw gqlError(`Package not found: ${packageId}`, 'NOT_FOUND');
      // Dependencies live in other projects of the same organization, so the key's org is the boundary.
      if (pkg.orgId !== scope.orgId) throw gqlError('This API key cannot read that package', 'FORBIDDEN');
      return resolvedData(pkg, ctx);
    },
    components: (_, args, ctx) => list(ctx, T.components, args, (c) => matches(args.search, c.name, c.title, c.description)),
    component: (_, { id }, ctx) => lookup(ctx, T.components, id, 'Component'),
    assets: (_, args, ctx) => {
      const keep = filterPredicate(args.filter, ASSET_FILTER);
      return list(ctx, T.assets, args, (a) => (!args.type || a.type === args.type) && hasTags(args.tags, a.tags)
        && matches(args.search, a.name, a.description) && keep(a), byName, nameKey, ['name', 'type', 'size', 'width', 'height', 'createdAt', 'updatedAt']);
    },
    asset: (_, { id }, ctx) => lookup(ctx, T.assets, id, 'Asset'),
    tags: (_, args, ctx) => list(ctx, T.tags, args, (t) => matches(args.search, t.name, t.slug, t.description)),
    tag: (_, { id }, ctx) => lookup(ctx, T.tags, id, 'Tag'),
    contents: (_, args, ctx) => {
      const keep = filterPredicate(args.filter, CONTENT_FILTER);
      return list(ctx, T.contents, args, (c) => (!args.typeId || c.typeId === args.typeId) && (!args.locale || c.locale === args.locale)
        && hasTags(args.tags, c.tags) && matches(args.search, c.name, c.description) && keep(c),
      newestFirst, newestKey, ['name', 'typeId', 'locale', 'createdAt', 'updatedAt']);
    },
    content: (_, { id }, ctx) => lookup(ctx, T.contents, id, 'Content'),
    contentTypes: (_, args, ctx) => list(ctx, T.contentTypes, args, (t) => matches(args.search, t.name, t.description)),
    contentType: (_, { id }, ctx) => lookup(ctx, T.contentTypes, id, 'Content type'),
    // Previews: the token is the credential (no x-api-key needed); they show the project as it is now.
    preview: (_, { token }, ctx) => previewOf(ctx.store, token, { refOf: (c) => contentRef(c, ctx), draftRef: (scope) => draftRef(scope, ctx) }),
    previewResolvedPackageData(_, { token, packageId }, ctx) {
      const scope = previewScope(ctx.store, token);
      return Query_resolvedPackageData({ ...ctx, access: { orgId: scope.orgId, projectId: scope.projectId } }, packageId);
    },
  };
}

/** resolvedPackageData for a scope (an API key's or a preview token's). */
function Query_resolvedPackageData(ctx, packageId) {
  return makeQuery({ docs: false }).resolvedPackageData(null, { packageId }, ctx);
}

function resolvedOf(pkg, ctx) {
  return { package: resolvedData(pkg, ctx), dependencies: resolveDependencies(ctx.store, pkg).map((d) => resolvedData(d, ctx)) };
}
const refOf = (pkg, ctx) => ({ package: pkg.id, dependencies: resolveDependencies(ctx.store, pkg).map((d) => d.id) });

/** The package a content item is bound to; a version not published yet means the project's draft. */
function contentPackage(content, ctx) {
  return findPackage(ctx.store, content, content.packageVersion) ?? draftPackage(ctx.store, content);
}
const contentRef = (content, ctx) => refOf(contentPackage(content, ctx), ctx);
const draftRef = (scope, ctx) => refOf(draftPackage(ctx.store, scope), ctx);

const typeResolvers = {
  PreviewResult: { __resolveType: (p) => p.__typename },
  Package: {
    compiled: (pkg) => JSON.stringify(Object.fromEntries(pkg.components.map((c) => [c.name, c.compiled]))),
    resolved: (pkg, _, ctx) => resolvedOf(pkg, ctx),
    resolvedRef: (pkg, _, ctx) => refOf(pkg, ctx),
  },
  // Snapshots inside packages carry their status ("published"); current components are compared with the newest package.
  Component: { status: (c, _, ctx) => c.status === 'published' ? 'published' : componentStatus(ctx.store, c) },
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

const guard = (types) => Object.fromEntries(Object.entries(types).map(([type, fields]) =>
  [type, Object.fromEntries(Object.entries(fields).map(([name, fn]) => [name, name === '__resolveType' ? fn : guarded(fn)]))]));

/** Resolvers of /metabind/graphql (docs: false) or of the docs-shaped /metabind-docs/graphql (docs: true). */
export function makeResolvers({ docs = false } = {}) {
  const Subscription = subscriptionResolvers({ requireAccess, refOf: contentRef, draftRef });
  return { ...guard({ Query: makeQuery({ docs }), ...typeResolvers }), Subscription };
}

export const resolvers = makeResolvers();
