// Read resolvers: users, namespaces, packages, versions, interfaces, search. Rows come from the store
// as plain data; every relation (package of a version, publisher, interface) is looked up here.
import {
  splitName, packageKey, versionKey, versionsOf, latestVersion, compareSemver, connection, globalId,
  canSee, ownsNamespace,
} from './model.mjs';

const byCreatedDesc = (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

// A publisher row may be missing (an account removed by hand from the data folder): answer a stub
// rather than failing a non-null field.
const userOrStub = (t, username) => t.users.get(username) ?? {
  username, firstName: '', lastName: '', email: '', dateJoined: new Date(0).toISOString(),
};

export function readResolvers(env) {
  const fileUrl = (rel) => `${env.baseUrl()}/files/${rel}`;

  const visibleVersions = (t, viewer, filter = () => true) => {
    const out = [];
    for (const v of t.versions.values()) if (filter(v) && canSee(t, t.packages.get(v.pkg), viewer)) out.push(v);
    return out;
  };
  const visiblePackages = (t, viewer, filter) =>
    [...t.packages.values()].filter((p) => filter(p) && canSee(t, p, viewer)).sort((a, b) => a.key.localeCompare(b.key));

  /** getPackageVersion's lookup: "latest" (or no version) = the highest semver. */
  function findVersion(t, viewer, name, version) {
    const { namespace, name: pkgName } = splitName(name);
    const key = packageKey(namespace, pkgName);
    if (!canSee(t, t.packages.get(key), viewer)) return null;
    if (!version || version === 'latest') return latestVersion(t, key);
    return t.versions.get(versionKey(key, version)) ?? null;
  }

  function findInterfaceVersion(t, name, version) {
    if (!t.interfaces.has(name)) return null;
    if (version && version !== 'latest') return t.ifaceVersions.get(`${name}@${version}`) ?? null;
    const all = [...t.ifaceVersions.values()].filter((iv) => iv.name === name).sort((a, b) => compareSemver(a.version, b.version));
    return all.length ? all[all.length - 1] : null;
  }

  function search(t, viewer, args) {
    const q = String(args.query ?? '').trim().toLowerCase();
    const hit = (...texts) => !q || texts.some((s) => s && String(s).toLowerCase().includes(q));
    // As on Wasmer: passing one or more filter objects limits the search to those kinds.
    const any = args.packages || args.namespaces || args.users;
    const results = [];
    if (!any || args.packages) {
      const f = args.packages ?? {};
      const found = [];
      for (const p of visiblePackages(t, viewer, () => true)) {
        const v = latestVersion(t, p.key);
        if (!v || !hit(p.key, v.description, ...(v.keywords ?? []))) continue;
        if (f.curated != null && Boolean(p.curated) !== f.curated) continue;
        if (f.license && v.license !== f.license) continue;
        if (f.owner && p.namespace !== f.owner) continue;
        if (f.withInterfaces?.length && !f.withInterfaces.every((w) => (v.interfaces ?? []).some((k) => k === w || k.startsWith(`${w}@`)))) continue;
        found.push(v);
      }
      results.push(...found.slice(0, f.count ?? 1000));
    }
    if (!any || args.namespaces) {
      const found = [...t.namespaces.values()].filter((n) => hit(n.name, n.displayName, n.description)).sort((a, b) => a.name.localeCompare(b.name));
      results.push(...found.slice(0, args.namespaces?.count ?? 1000));
    }
    if (!any || args.users) {
      const found = [...t.users.values()].filter((u) => hit(u.username, `${u.firstName} ${u.lastName}`)).sort((a, b) => a.username.localeCompare(b.username));
      results.push(...found.slice(0, args.users?.count ?? 1000));
    }
    return connection(results, args);
  }

  const Query = {
    viewer: (_, __, ctx) => ctx.viewer,
    getUser: (_, { username }, { t }) => t.users.get(username) ?? null,
    getNamespace: (_, { name }, { t }) => t.namespaces.get(name) ?? null,
    getPackage: (_, { name }, { t, viewer }) => {
      const { namespace, name: n } = splitName(name);
      const p = t.packages.get(packageKey(namespace, n));
      return canSee(t, p, viewer) ? p : null;
    },
    getPackages: (_, { names }, ctx) => names.map((name) => Query.getPackage(_, { name }, ctx)),
    getPackageVersion: (_, { name, version }, { t, viewer }) => findVersion(t, viewer, name, version),
    getInterface: (_, { name }, { t }) => t.interfaces.get(name) ?? null,
    getInterfaceVersion: (_, { name, version }, { t }) => findInterfaceVersion(t, name, version),
    recentPackageVersions: (_, args, { t, viewer }) => {
      const all = visibleVersions(t, viewer, (v) => args.curated == null || Boolean(t.packages.get(v.pkg)?.curated) === args.curated);
      return connection(all.sort(byCreatedDesc), args);
    },
    search: (_, args, { t, viewer }) => search(t, viewer, args),
  };

  const User = {
    id: (u) => globalId('User', u.username),
    fullName: (u) => `${u.firstName ?? ''} ${u.lastName ?? ''}`.trim(),
    // An e-mail address is only shown to its owner.
    email: (u, _, { viewer }) => (viewer?.username === u.username ? u.email ?? '' : ''),
    globalName: (u) => u.username,
    globalId: (u) => globalId('User', u.username),
    avatar: () => '', // no avatar service offline; an empty string tells a client to draw its own
    isViewer: (u, _, { viewer }) => viewer?.username === u.username,
    namespaces: (u, args, { t }) => connection(
      [...t.namespaces.values()].filter((n) => ownsNamespace(t, u.username, n.name)).sort((a, b) => a.name.localeCompare(b.name)), args),
    packages: (u, args, { t, viewer }) => connection(visiblePackages(t, viewer, (p) => ownsNamespace(t, u.username, p.namespace)), args),
    packageVersions: (u, args, { t, viewer }) => connection(visibleVersions(t, viewer, (v) => v.publishedBy === u.username).sort(byCreatedDesc), args),
    // Tokens are private: only the signed-in user sees their own.
    apiTokens: (u, args, { t, viewer }) => connection(viewer?.username !== u.username ? [] :
      [...t.tokens.values()].filter((k) => k.username === u.username && k.kind === 'api' && !k.revokedAt).sort(byCreatedDesc), args),
  };

  const Namespace = {
    id: (n) => globalId('Namespace', n.name),
    description: (n) => n.description ?? '',
    updatedAt: (n) => n.updatedAt ?? n.createdAt,
    wasmerInternal: (n) => Boolean(n.wasmerInternal),
    globalName: (n) => n.name,
    globalId: (n) => globalId('Namespace', n.name),
    avatar: () => '',
    packages: (n, args, { t, viewer }) => connection(visiblePackages(t, viewer, (p) => p.namespace === n.name), args),
    packageVersions: (n, args, { t, viewer }) =>
      connection(visibleVersions(t, viewer, (v) => t.packages.get(v.pkg)?.namespace === n.name).sort(byCreatedDesc), args),
  };

  const Package = {
    id: (p) => globalId('Package', p.key),
    name: (p) => p.key,
    packageName: (p) => p.name,
    displayName: (p) => p.key,
    globalName: (p) => p.key,
    globalId: (p) => globalId('Package', p.key),
    private: (p) => Boolean(p.private),
    curated: (p) => Boolean(p.curated),
    isArchived: () => false,
    updatedAt: (p) => p.updatedAt ?? p.createdAt,
    totalDownloads: (p) => p.downloads ?? 0,
    downloadsCount: (p) => p.downloads ?? 0,
    lastVersion: (p, _, { t }) => latestVersion(t, p.key),
    versions: (p, _, { t }) => versionsOf(t, p.key).reverse(), // newest first
  };

  const dist = (v) => ({ downloadUrl: fileUrl(v.file), size: v.size, expiresInSeconds: null });
  const PackageVersion = {
    id: (v) => globalId('PackageVersion', v.key),
    updatedAt: (v) => v.updatedAt ?? v.createdAt,
    package: (v, _, { t }) => t.packages.get(v.pkg),
    publishedBy: (v, _, { t }) => userOrStub(t, v.publishedBy),
    description: (v) => v.description ?? '',
    isArchived: () => false,
    isLastVersion: (v, _, { t }) => latestVersion(t, v.pkg)?.key === v.key,
    file: (v) => fileUrl(v.file),
    fileSize: (v) => v.size,
    totalDownloads: (v) => v.downloads ?? 0,
    // We serve the .tar.gz only (no webc), whatever webc version is asked for.
    distribution: (v) => dist(v),
    modules: (v) => v.modules ?? [],
    commands: (v) => (v.commands ?? []).map((c) => ({
      command: c.name, packageVersion: v, module: (v.modules ?? []).find((m) => m.name === c.module) ?? null,
    })),
    hasCommands: (v) => (v.commands ?? []).length > 0,
    moduleInterfaces: (v, _, { t }) => (v.interfaces ?? []).map((k) => t.ifaceVersions.get(k)).filter(Boolean),
  };

  const Interface = {
    id: (i) => globalId('Interface', i.name),
    displayName: (i) => i.displayName ?? i.name,
    description: (i) => i.description ?? '',
    updatedAt: (i) => i.updatedAt ?? i.createdAt,
    lastVersion: (i, _, { t }) => findInterfaceVersion(t, i.name, 'latest'),
    versions: (i, args, { t }) => connection(
      [...t.ifaceVersions.values()].filter((iv) => iv.name === i.name).sort((a, b) => compareSemver(b.version, a.version)), args),
  };

  const InterfaceVersion = {
    id: (iv) => globalId('InterfaceVersion', iv.key),
    interface: (iv, _, { t }) => t.interfaces.get(iv.name),
    content: (iv) => iv.content ?? '',
    updatedAt: (iv) => iv.updatedAt ?? iv.createdAt,
    publishedBy: (iv, _, { t }) => userOrStub(t, iv.publishedBy),
    packageVersions: (iv, args, { t, viewer }) => connection(
      visibleVersions(t, viewer, (v) => (v.interfaces ?? []).includes(iv.key)).sort((a, b) => a.key.localeCompare(b.key)), args),
  };

  const APIToken = {
    id: (k) => globalId('APIToken', k.id),
    user: (k, _, { t }) => userOrStub(t, k.username),
  };

  const SearchResult = {
    __resolveType: (v) => (v.username ? 'User' : v.pkg ? 'PackageVersion' : 'Namespace'),
  };

  return { Query, User, Namespace, Package, PackageVersion, Interface, InterfaceVersion, APIToken, SearchResult };
}
