// Read-only queries: search, latest, catalogs, packages, collections, users, status.
import { gqlError } from '../../lib/errors.mjs';
import { wordsOf } from '../text.mjs';
import { notAuthenticated, notAuthorized } from '../model.mjs';
import { visibleCollectionPackages } from './types.mjs';

const REGISTRY_VERSION = '0.32.47'; // the real server version whose answers this dialect imitates

/** One page of a list, with the {hasMore, count} the real server adds to search results. */
function page(list, offset, limit) {
  const start = Math.max(0, offset | 0);
  const items = list.slice(start, start + Math.max(0, limit | 0));
  return { items, count: list.length, hasMore: start + items.length < list.length };
}

// The real server answers a search with an empty (or blank) query with nothing: websearch_to_tsquery('')
// matches no document. Lists of everything come from latestPackages / latestCollections instead.
const NOTHING = { items: [], count: 0, hasMore: false };
const isBlank = (query) => String(query ?? '').trim() === '';

const textMatches = (query, ...fields) => {
  const q = String(query).trim().toLowerCase();
  const hay = fields.filter(Boolean).join('\n').toLowerCase();
  return hay.includes(q) || wordsOf(q).every((w) => wordsOf(hay).includes(w));
};

export function browseResolvers(model) {
  const collectionFor = (user, slug) => {
    const c = model.collections.get(slug);
    if (!c) throw gqlError(`COLLECTION_NOT_FOUND - ${slug}`, 'INTERNAL_SERVER_ERROR');
    if (!model.canViewCollection(user, c)) throw user ? notAuthorized() : notAuthenticated();
    return c;
  };
  return {
    searchPackages(_p, { query, offSet, limit }, { user }) {
      const { items, count, hasMore } = isBlank(query) ? NOTHING : page(model.searchHits(query, user), offSet, limit);
      return { packages: items.map((e) => e.pkg), count, hasMore };
    },
    latestPackages(_p, { offSet, limit }) {
      const { items, count, hasMore } = page(model.latestPublic(), offSet, limit);
      return { packages: items.map((e) => e.pkg), count, hasMore };
    },
    /** The packages `username` created that the caller may see, newest first. */
    userPackages(_p, { username, offSet, limit }, { user }) {
      if (!model.users.get(username)) throw gqlError(`USER_NOT_FOUND - ${username}`, 'INTERNAL_SERVER_ERROR');
      const list = model.newestFirst().filter((e) => e.pkg.creator === username && model.canViewPackage(user, e.pkg));
      const { items, count, hasMore } = page(list, offSet, limit);
      return { packages: items.map((e) => e.pkg), count, hasMore };
    },
    package: (_p, { identifier }, { user }) => model.packageFor(user, identifier),
    catalog: (_p, { identifier }, { user }) => model.catalogFor(user, identifier.catalogSlug),
    catalogPackages(_p, { identifier, offset, limit }, { user }) {
      const cat = model.catalogFor(user, identifier.catalogSlug);
      const list = model.newestFirst().filter((e) => e.pkg.catalogSlug === cat.slug && model.canViewPackage(user, e.pkg));
      return page(list, offset, limit).items.map((e) => e.pkg);
    },
    searchCatalogs(_p, { query, offSet, limit }, { user }) {
      if (isBlank(query)) return { catalogs: [], count: 0, hasMore: false };
      const list = [...model.catalogs.values()]
        .filter((c) => model.canViewCatalog(user, c) && textMatches(query, c.slug, c.displayName, c.description))
        .sort((a, b) => (a.slug < b.slug ? -1 : 1));
      const { items, count, hasMore } = page(list, offSet, limit);
      return { catalogs: items, count, hasMore };
    },
    myCatalogs(_p, _a, { user }) {
      if (!user) throw notAuthenticated();
      return [...model.catalogs.values()].filter((c) => model.ownsCatalog(user, c.slug)).sort((a, b) => (a.slug < b.slug ? -1 : 1));
    },
    collection: (_p, { identifier }, { user }) => collectionFor(user, identifier.collectionSlug),
    searchCollections(_p, { query, offset, limit }, { user }) {
      if (isBlank(query)) return { collections: [], count: 0, hasMore: false };
      const list = [...model.collections.values()]
        .filter((c) => model.canViewCollection(user, c) && textMatches(query, c.slug, c.name, c.description))
        .sort((a, b) => (a.slug < b.slug ? -1 : 1));
      const { items, count, hasMore } = page(list, offset, limit);
      return { collections: items, count, hasMore };
    },
    /** Public collections, newest first (ties by slug, so pages are stable). */
    latestCollections(_p, { offset, limit }) {
      const list = [...model.collections.values()].filter((c) => c.isPublic)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.slug < b.slug ? -1 : 1));
      const { items, count, hasMore } = page(list, offset, limit);
      return { collections: items, count, hasMore };
    },
    collectionPackages(_p, { identifier, offset, limit }, { user }) {
      const c = collectionFor(user, identifier.collectionSlug);
      return page(visibleCollectionPackages(model, c, user), offset, limit).items;
    },
    user(_p, { username }) {
      const u = model.users.get(username);
      if (!u) throw gqlError(`USER_NOT_FOUND - ${username}`, 'INTERNAL_SERVER_ERROR');
      return u;
    },
    autoComplete(_p, { startsWith }, { user }) {
      const s = String(startsWith).toLowerCase();
      const starts = (...xs) => xs.some((x) => typeof x === 'string' && x.toLowerCase().startsWith(s));
      const first = (iter, ok) => {
        const out = [];
        for (const x of iter) { if (ok(x)) out.push(x); if (out.length === 10) break; }
        return out;
      };
      return {
        packages: first(model.newestFirst(), (e) => starts(e.pkg.packageSlug, e.pkg.displayName) && model.canViewPackage(user, e.pkg)).map((e) => e.pkg),
        catalogs: first(model.catalogs.values(), (c) => starts(c.slug, c.displayName) && model.canViewCatalog(user, c)),
        collections: first(model.collections.values(), (c) => starts(c.slug, c.name) && model.canViewCollection(user, c)),
        users: first(model.users.values(), (u) => starts(u.username)),
      };
    },
    registryStatus: () => ({ status: 'SERVING_REQUESTS', version: REGISTRY_VERSION, registryUrl: model.registryURL() }),
  };
}
