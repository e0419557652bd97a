// Data access for the DataPM dialect: the store's tables, permissions and the search/latest index.
//
// Tables (values are plain JSON, dates are ISO strings):
//   datapm.users        username -> {username, displayName, emailAddress, passwordHash, isAdmin, createdAt}
//   datapm.apiKeys      id -> {id, label, username, secretHash, createdAt, lastUsed, scopes}
//   datapm.catalogs     slug -> {slug, displayName, description, website, isPublic, creator, createdAt}
//   datapm.packages     "cat/pkg" -> {catalogSlug, packageSlug, displayName, description, isPublic, creator,
//                                     createdAt, updatedAt, versions: ["1.0.0", ...] ascending}
//   datapm.versions     "cat/pkg/1.0.0" -> {catalogSlug, packageSlug, version, createdAt, author,
//                                     packageFile (string) | gen (number: a bulk package, file built on read)}
//                       (a bulk package's first version has no row: see Model.version)
//   datapm.collections  slug -> {slug, name, description, isPublic, isRecommended, creator, createdAt,
//                                updatedAt, packages: ["cat/pkg", ...]}
import { gqlError } from '../lib/errors.mjs';
import { wordsOf, stem, matcher } from './text.mjs';

export const PACKAGE_SLUG = /^[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?$/;
export const CATALOG_SLUG = /^[a-zA-Z0-9](?:[a-zA-Z0-9]|-(?=[a-zA-Z0-9])){0,38}$/;

export const notAuthenticated = () => gqlError('NOT_AUTHENTICATED', 'UNAUTHENTICATED');
export const notAuthorized = () => gqlError('NOT_AUTHORIZED', 'FORBIDDEN');

export const semverKey = (v) => v.split('.').map(Number);
export function compareSemver(a, b) {
  const x = semverKey(a), y = semverKey(b);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export class Model {
  constructor(store, baseUrl) {
    this.store = store;
    this.baseUrl = baseUrl;
    this.users = store.table('datapm.users');
    this.apiKeys = store.table('datapm.apiKeys');
    this.catalogs = store.table('datapm.catalogs');
    this.packages = store.table('datapm.packages');
    this.versions = store.table('datapm.versions');
    this.collections = store.table('datapm.collections');
    this.index = null; // built lazily: Map "cat/pkg" -> entry
    this.ordered = null; // entries newest first; null when it must be re-sorted
  }

  registryURL() { return `${this.baseUrl()}/datapm`; }

  // --- permissions: creators of a catalog or package and admins hold every permission ------------
  ownsCatalog(user, slug) {
    if (!user) return false;
    if (user.isAdmin) return true;
    const c = this.catalogs.get(slug);
    return !!c && c.creator === user.username;
  }
  ownsPackage(user, pkg) {
    if (!user) return false;
    return user.isAdmin || pkg.creator === user.username || this.ownsCatalog(user, pkg.catalogSlug);
  }
  canViewPackage(user, pkg) { return pkg.isPublic || this.ownsPackage(user, pkg); }
  canViewCatalog(user, cat) { return cat.isPublic || this.ownsCatalog(user, cat.slug); }
  canViewCollection(user, col) { return col.isPublic || (!!user && (user.isAdmin || col.creator === user.username)); }

  /** The package, or the error the real server gives for a missing or hidden one. */
  packageFor(user, { catalogSlug, packageSlug }, { edit = false } = {}) {
    const pkg = this.packages.get(`${catalogSlug}/${packageSlug}`);
    if (!pkg) throw gqlError(`PACKAGE_NOT_FOUND - ${catalogSlug}/${packageSlug}`, 'INTERNAL_SERVER_ERROR');
    if (edit ? !this.ownsPackage(user, pkg) : !this.canViewPackage(user, pkg)) {
      throw user ? notAuthorized() : notAuthenticated();
    }
    return pkg;
  }
  catalogFor(user, slug, { edit = false } = {}) {
    const cat = this.catalogs.get(slug);
    if (!cat) throw gqlError(`CATALOG_NOT_FOUND: ${slug}`, 'BAD_USER_INPUT');
    if (edit ? !this.ownsCatalog(user, slug) : !this.canViewCatalog(user, cat)) {
      throw user ? notAuthorized() : notAuthenticated();
    }
    return cat;
  }

  // --- the index behind searchPackages and latestPackages -----------------------------------------
  // README words are tokenised once per package (and again only when it changes), not per request.
  entryFor(pkg) {
    const key = `${pkg.catalogSlug}/${pkg.packageSlug}`;
    const latest = pkg.versions.length ? this.version(pkg, pkg.versions[pkg.versions.length - 1]) : null;
    const bulk = latest && latest.gen !== undefined && pkg.versions.length === 1;
    return {
      key,
      pkg,
      time: Date.parse(pkg.updatedAt),
      sub: `${pkg.packageSlug}\n${(pkg.displayName || '').toLowerCase()}\n${key}`,
      // Untouched bulk packages share their word sets (tokenising 100000 READMEs takes seconds).
      words: bulk ? this.bulkWords(latest)
        : new Set(wordsOf(`${pkg.displayName || ''} ${pkg.description || ''} ${latest ? this.readmeOf(latest) : ''}`).map(stem)),
    };
  }
  ensureIndex() {
    if (this.index) return;
    this.index = new Map();
    for (const pkg of this.packages.values()) {
      const e = this.entryFor(pkg);
      this.index.set(e.key, e);
    }
    this.ordered = null;
  }
  /** Call after a package row (or its latest version) changed or was deleted. */
  reindex(key) {
    if (!this.index) return;
    const pkg = this.packages.get(key);
    if (pkg) this.index.set(key, this.entryFor(pkg)); else this.index.delete(key);
    this.ordered = null;
  }
  /** Every package, newest update first; ties broken by identifier so that paging is stable. */
  newestFirst() {
    this.ensureIndex();
    if (!this.ordered) {
      this.searches = new Map(); // results of recent searches, for paging through them cheaply
      this.ordered = [...this.index.values()].sort((a, b) => b.time - a.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    return this.ordered;
  }

  /**
   * A version row. Bulk packages carry `gen` and store no row for their first version: it is made up
   * from the package here (100000 fewer rows to write and load).
   */
  version(pkg, v) {
    const row = this.versions.get(`${pkg.catalogSlug}/${pkg.packageSlug}/${v}`);
    if (row || pkg.gen === undefined || v !== '1.0.0') return row || null;
    return { catalogSlug: pkg.catalogSlug, packageSlug: pkg.packageSlug, version: v, createdAt: pkg.createdAt, author: pkg.creator, gen: pkg.gen };
  }

  /** Builds the index and the most common lists now rather than in the first requests. */
  warmUp() {
    this.searchHits('', null);
    this.latestPublic();
  }

  /**
   * The entries a search finds for this caller, newest first. A client pages through one query with
   * growing offsets; the hits are kept until the next change so later pages cost no rescan.
   */
  searchHits(query, user) {
    return this.cached(`search\n${user ? user.username : ''}\n${query}`, (all) => {
      const match = matcher(query);
      return all.filter((e) => match(e) && this.canViewPackage(user, e.pkg));
    });
  }
  /** Public packages with a version, newest first (latestPackages). */
  latestPublic() {
    return this.cached('latest', (all) => all.filter((e) => e.pkg.isPublic && e.pkg.versions.length > 0));
  }
  cached(key, compute) {
    const all = this.newestFirst();
    let hits = this.searches.get(key);
    if (hits) {
      this.searches.delete(key); // re-inserted below: most recently used last
    } else {
      hits = compute(all);
      if (this.searches.size >= 32) this.searches.delete(this.searches.keys().next().value);
    }
    this.searches.set(key, hits);
    return hits;
  }

  readmeOf(version) {
    if (version.gen !== undefined) return this.bulkReadme(version);
    try { return JSON.parse(version.packageFile).readmeMarkdown || ''; } catch { return ''; }
  }
  // Replaced by seed.mjs (bulk packages build their text on read instead of storing it).
  bulkReadme() { return ''; }
  bulkPackageFile() { return null; }
  bulkWords() { return new Set(); }

  packageFileOf(version) {
    const text = version.gen !== undefined ? this.bulkPackageFile(version) : version.packageFile;
    // Seeded files refer to the local server as a placeholder: the port is only known at run time.
    return text && text.includes('{{registry}}') ? text.split('{{registry}}').join(this.baseUrl()) : text;
  }
}
