// Catalog, package and version mutations. Every mutation awaits store.flush() before answering,
// so whatever was acknowledged survives a kill -9.
import { gqlError } from '../../lib/errors.mjs';
import { PACKAGE_SLUG, CATALOG_SLUG, compareSemver, notAuthenticated } from '../model.mjs';
import { changeLevel, minNextVersion, versionAtLeast } from '../versions.mjs';

export function publishResolvers(model) {
  const requireUser = (ctx) => {
    if (!ctx.user) throw notAuthenticated();
    return ctx.user;
  };
  // The real server validates slugs with schema directives; we do the same check here.
  const checkSlugs = ({ catalogSlug, packageSlug }) => {
    if (catalogSlug !== undefined && catalogSlug !== null && !CATALOG_SLUG.test(catalogSlug)) throw gqlError('CATALOG_SLUG_INVALID', 'BAD_USER_INPUT');
    if (packageSlug !== undefined && packageSlug !== null && (packageSlug.length > 38 || !PACKAGE_SLUG.test(packageSlug))) {
      throw gqlError('PACKAGE_SLUG_INVALID', 'BAD_USER_INPUT');
    }
  };
  const now = () => new Date().toISOString();

  /** Moves a package (and its versions and collection entries) to a new catalog and/or slug. */
  function movePackage(pkg, catalogSlug, packageSlug) {
    const oldKey = `${pkg.catalogSlug}/${pkg.packageSlug}`, newKey = `${catalogSlug}/${packageSlug}`;
    if (model.packages.has(newKey)) throw gqlError('PACKAGE_SLUG_NOT_AVAILABLE', 'BAD_USER_INPUT');
    for (const v of pkg.versions) {
      const row = model.version(pkg, v);
      model.versions.delete(`${oldKey}/${v}`);
      if (row) model.versions.set(`${newKey}/${v}`, { ...row, catalogSlug, packageSlug });
    }
    for (const c of model.collections.values()) {
      if (c.packages.includes(oldKey)) model.collections.set(c.slug, { ...c, packages: c.packages.map((k) => (k === oldKey ? newKey : k)) });
    }
    model.packages.delete(oldKey);
    model.reindex(oldKey);
    return { ...pkg, catalogSlug, packageSlug };
  }

  return {
    async createCatalog(_p, { value }, ctx) {
      const user = requireUser(ctx);
      checkSlugs({ catalogSlug: value.slug });
      if (model.catalogs.has(value.slug)) throw gqlError('CATALOG_SLUG_NOT_AVAILABLE', 'BAD_USER_INPUT');
      const cat = model.catalogs.set(value.slug, {
        slug: value.slug, displayName: value.displayName, description: value.description ?? null,
        website: value.website ?? null, isPublic: !!value.isPublic, creator: user.username, createdAt: now(),
      });
      await model.store.flush();
      return cat;
    },
    async createPackage(_p, { value }, ctx) {
      const user = requireUser(ctx);
      checkSlugs(value);
      model.catalogFor(user, value.catalogSlug, { edit: true });
      const key = `${value.catalogSlug}/${value.packageSlug}`;
      if (model.packages.has(key)) throw gqlError('PACKAGE_SLUG_NOT_AVAILABLE', 'BAD_USER_INPUT');
      const t = now();
      const pkg = model.packages.set(key, {
        catalogSlug: value.catalogSlug, packageSlug: value.packageSlug, displayName: value.displayName,
        description: value.description ?? null, isPublic: false, creator: user.username, createdAt: t, updatedAt: t, versions: [],
      });
      model.reindex(key);
      await model.store.flush();
      return pkg;
    },
    async updatePackage(_p, { identifier, value }, ctx) {
      const user = requireUser(ctx);
      checkSlugs({ catalogSlug: value.newCatalogSlug, packageSlug: value.newPackageSlug });
      let pkg = model.packageFor(user, identifier, { edit: true });
      const catalogSlug = value.newCatalogSlug || pkg.catalogSlug;
      const packageSlug = value.newPackageSlug || pkg.packageSlug;
      if (catalogSlug !== pkg.catalogSlug) model.catalogFor(user, catalogSlug, { edit: true });
      if (value.isPublic === true) {
        if (pkg.versions.length === 0) throw gqlError('PACKAGE_HAS_NO_VERSIONS', 'BAD_USER_INPUT');
        if (!model.catalogs.get(catalogSlug)?.isPublic) throw gqlError('CATALOG_NOT_PUBLIC', 'BAD_USER_INPUT');
      }
      if (catalogSlug !== pkg.catalogSlug || packageSlug !== pkg.packageSlug) pkg = movePackage(pkg, catalogSlug, packageSlug);
      const next = { ...pkg, updatedAt: now() };
      for (const f of ['displayName', 'description', 'isPublic']) if (value[f] !== undefined && value[f] !== null) next[f] = value[f];
      const key = `${catalogSlug}/${packageSlug}`;
      model.packages.set(key, next);
      model.reindex(key);
      await model.store.flush();
      return next;
    },
    async deletePackage(_p, { identifier }, ctx) {
      const user = requireUser(ctx);
      const pkg = model.packageFor(user, identifier, { edit: true });
      const key = `${pkg.catalogSlug}/${pkg.packageSlug}`;
      for (const v of pkg.versions) model.versions.delete(`${key}/${v}`);
      for (const c of model.collections.values()) {
        if (c.packages.includes(key)) model.collections.set(c.slug, { ...c, packages: c.packages.filter((k) => k !== key) });
      }
      model.packages.delete(key);
      model.reindex(key);
      await model.store.flush();
      return null;
    },
    async createVersion(_p, { identifier, value }, ctx) {
      const user = requireUser(ctx);
      const pkg = model.packageFor(user, identifier, { edit: true });
      const file = value.packageFile; // already parsed and checked by the PackageFileJSON scalar
      if (!file) throw gqlError('INVALID_PACKAGE_FILE_SCHEMA: packageFile is required', 'BAD_USER_INPUT');
      const key = `${pkg.catalogSlug}/${pkg.packageSlug}`;
      const latestNumber = pkg.versions[pkg.versions.length - 1];
      if (latestNumber) {
        const latest = model.version(pkg, latestNumber);
        const level = changeLevel(JSON.parse(model.packageFileOf(latest)), file);
        if (level === 'none') return latest; // identical content: the existing version, whatever number was asked
        const min = minNextVersion(latestNumber, level);
        if (!versionAtLeast(file.version, min)) {
          throw gqlError(
            `The version ${file.version} is not high enough for this change: ${min} or higher is required`,
            'HIGHER_VERSION_REQUIRED',
            { existingVersion: latestNumber, minNextVersion: min },
          );
        }
      }
      const t = now();
      const row = {
        catalogSlug: pkg.catalogSlug, packageSlug: pkg.packageSlug, version: file.version,
        createdAt: t, updatedAt: t, author: user.username, packageFile: JSON.stringify(file),
      };
      model.versions.set(`${key}/${file.version}`, row);
      const versions = [...pkg.versions, file.version].sort(compareSemver);
      model.packages.set(key, { ...pkg, versions, updatedAt: t, displayName: file.displayName, description: file.description });
      model.reindex(key);
      await model.store.flush();
      return row;
    },
  };
}
