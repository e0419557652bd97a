// Field resolvers of the object types: stored rows hold slugs and usernames, these turn them into
// the nested objects of the schema and hide what the caller may not see.

const ALL = ['VIEW', 'EDIT', 'MANAGE'];

export function typeResolvers(model) {
  const userById = (username) => model.users.get(username) || null;
  const versionRow = (pkg, v) => model.version(pkg, v);
  return {
    User: {
      displayName: (u) => u.displayName || u.username,
      // An address is private unless it is the caller's own (the real server has per-field *IsPublic flags).
      emailAddress: (u, _a, ctx) => (ctx.user && (ctx.user.username === u.username || ctx.user.isAdmin) ? u.emailAddress : null),
      isAdmin: (u) => !!u.isAdmin,
      status: () => 'ACTIVE',
    },
    Catalog: {
      identifier: (c) => ({ registryURL: model.registryURL(), catalogSlug: c.slug }),
      creator: (c) => userById(c.creator),
      unclaimed: () => false,
      myPermissions: (c, _a, ctx) => (model.ownsCatalog(ctx.user, c.slug) ? ALL : c.isPublic ? ['VIEW'] : []),
      packages: (c, _a, ctx) => model.newestFirst()
        .filter((e) => e.pkg.catalogSlug === c.slug && model.canViewPackage(ctx.user, e.pkg))
        .map((e) => e.pkg),
    },
    Package: {
      identifier: (p) => ({ registryURL: model.registryURL(), catalogSlug: p.catalogSlug, packageSlug: p.packageSlug }),
      catalog: (p) => model.catalogs.get(p.catalogSlug) || null,
      creator: (p) => userById(p.creator),
      latestVersion: (p) => (p.versions.length ? versionRow(p, p.versions[p.versions.length - 1]) : null),
      versions: (p) => p.versions.map((v) => versionRow(p, v)).filter(Boolean).reverse(), // newest first
      myPermissions: (p, _a, ctx) => (model.ownsPackage(ctx.user, p) ? ALL : p.isPublic ? ['VIEW'] : []),
      fetchedCount: (p) => p.fetchedCount || 0,
      viewedCount: (p) => p.viewedCount || 0,
    },
    Version: {
      identifier: (v) => {
        const [versionMajor, versionMinor, versionPatch] = v.version.split('.').map(Number);
        return { registryURL: model.registryURL(), catalogSlug: v.catalogSlug, packageSlug: v.packageSlug, versionMajor, versionMinor, versionPatch };
      },
      package: (v) => model.packages.get(`${v.catalogSlug}/${v.packageSlug}`) || null,
      author: (v) => userById(v.author),
      updatedAt: (v) => v.updatedAt || v.createdAt,
      packageFile: (v) => model.packageFileOf(v),
      canonicalPackageFile: (v) => model.packageFileOf(v),
    },
    Collection: {
      identifier: (c) => ({ registryURL: model.registryURL(), collectionSlug: c.slug }),
      creator: (c) => userById(c.creator),
      packages: (c, _a, ctx) => visibleCollectionPackages(model, c, ctx.user),
      isRecommended: (c) => !!c.isRecommended,
      myPermissions: (c, _a, ctx) => (ctx.user && (ctx.user.isAdmin || ctx.user.username === c.creator) ? ALL : c.isPublic ? ['VIEW'] : []),
    },
  };
}

export function visibleCollectionPackages(model, collection, user) {
  return collection.packages.map((k) => model.packages.get(k)).filter((p) => p && model.canViewPackage(user, p));
}
