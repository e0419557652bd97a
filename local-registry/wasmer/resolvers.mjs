// Read resolvers: users, namespaces, packages, versions, interfaces, search. Rows come from the store
// as plain data; every relation (package of a version, publisher, interface) is looked up here.
import { gqlError } from '../lib/errors.mjs';
import {
  splitName, packageKey, versionKey, versionsOf, latestVersion, compareSemver, connection, globalId,
  canSee, ownsNamespace, resolveRequirement,
} from './model.mjs';
import { searchResolver } from './search.mjs';
import { sha256File } from './archive-stream.mjs';

const byCreatedDesc = (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

// A publisher row may be missing (an account removed by hand from the data folder): answer a stub
// rather than failing a non-null field.
const userOrStub = (t, username) => t.users.get(username) ?? {
  username, firstName: '', lastName: '', email: '', dateJoined: new Date(0).toISOString(),
};

/** hooks: { uploads (uploads.mjs) } */
export function readResolvers(env, hooks = {}) {
  const fileUrl = (rel) => `${env.baseUrl()}/files/${rel}`;
  const can = (t, viewer, namespace) => Boolean(viewer) && ownsNamespace(t, viewer.username, namespace);

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

  const byPublishDesc = (a, b) => (a.publishDate < b.publishDate ? 1 : a.publishDate > b.publishDate ? -1 : 0);

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
    // "ns/name@version" or "ns/name" (the latest).
    getPackageVersions: (_, { names }, { t, viewer }) => names.map((n) => {
      const at = n.lastIndexOf('@');
      return at > 0 ? findVersion(t, viewer, n.slice(0, at), n.slice(at + 1)) : findVersion(t, viewer, n, 'latest');
    }),
    getInterface: (_, { name }, { t }) => t.interfaces.get(name) ?? null,
    getInterfaces: (_, { names }, { t }) => names.map((n) => t.interfaces.get(n) ?? null),
    getInterfaceVersion: (_, { name, version }, { t }) => findInterfaceVersion(t, name, version),
    packages: (_, args, { t, viewer }) => connection(visiblePackages(t, viewer, () => true), args),
    recentPackageVersions: (_, args, { t, viewer }) => {
      const all = visibleVersions(t, viewer, (v) => args.curated == null || Boolean(t.packages.get(v.pkg)?.curated) === args.curated);
      return connection(all.sort(byCreatedDesc), args);
    },
    search: searchResolver(),
    blogposts: (_, args, { t }) => connection([...t.blogposts.values()]
      .filter((b) => !args.tags?.length || args.tags.every((tag) => (b.tags ?? []).includes(tag))).sort(byPublishDesc), args),
    getBlogpost: (_, { slug, featured }, { t }) => (slug ? t.blogposts.get(slug) ?? null
      : featured ? [...t.blogposts.values()].sort(byPublishDesc)[0] ?? null : null),
    // Whether the signed-in user may publish to (or deploy apps for) that user or namespace.
    viewerCan: (_, { ownerName }, { t, viewer }) => can(t, viewer, ownerName),
    getSignedUrlForPackageUpload: async (_, args, ctx) => {
      if (!ctx.viewer) throw gqlError('You must be logged in to perform this action', 'UNAUTHENTICATED');
      return { url: (await hooks.uploads.signedUrl(ctx.viewer, args)).url };
    },
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
    wasmerInternal: (u) => Boolean(u.wasmerInternal),
    viewerCan: (u, _, { viewer }) => viewer?.username === u.username,
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
    viewerCan: (n, _, { t, viewer }) => can(t, viewer, n.name),
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
    icon: () => '',
    likersCount: () => 0,
    watchersCount: () => 0,
    // A personal namespace's packages belong to the user; the others to their namespace.
    owner: (p, _, { t }) => t.users.get(p.namespace) ?? t.namespaces.get(p.namespace)
      ?? { name: p.namespace, description: '', createdAt: p.createdAt },
    viewerCan: (p, _, { t, viewer }) => can(t, viewer, p.namespace),
    keywords: (p, args, { t }) => connection((latestVersion(t, p.key)?.keywords ?? [])
      .map((k) => ({ id: globalId('PackageKeyword', k), name: k })), args),
    lastVersion: (p, _, { t }) => latestVersion(t, p.key),
    versions: (p, _, { t }) => versionsOf(t, p.key).reverse(), // newest first
  };

  // SHA-256 of archives stored before rows carried one (older data folders): computed once, on demand.
  const hashes = new Map();
  const sha256Of = (v) => {
    if (v.sha256) return v.sha256;
    if (!hashes.has(v.key)) hashes.set(v.key, sha256File(env.store.filePath(v.file)).catch(() => null));
    return hashes.get(v.key);
  };
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
    // The registry keeps the .tar.gz only and builds no webc image. The webc fields describe that same
    // .tar.gz (same URL, size and SHA-256), so a client's checksum check can be tested; pirita ones are null.
    distribution: async (v) => {
      const sha = await sha256Of(v);
      return {
        downloadUrl: fileUrl(v.file), size: v.size, expiresInSeconds: null,
        piritaDownloadUrl: null, piritaExpiresInSeconds: null, piritaSize: null, piritaSha256Hash: null,
        webcDownloadUrl: fileUrl(v.file), webcExpiresInSeconds: null, webcSize: v.size, webcSha256Hash: sha, webcVersion: null,
      };
    },
    modules: (v) => v.modules ?? [],
    commands: (v) => (v.commands ?? []).map((c) => ({
      command: c.name, packageVersion: v, module: (v.modules ?? []).find((m) => m.name === c.module) ?? null,
    })),
    hasCommands: (v) => (v.commands ?? []).length > 0,
    moduleInterfaces: (v, _, { t }) => (v.interfaces ?? []).map((k) => t.ifaceVersions.get(k)).filter(Boolean),
    // [dependencies] requirements resolved to the highest matching version (unresolvable ones are left out).
    dependencies: (v, args, { t, viewer }) => connection(Object.entries(v.dependencies ?? {}).map(([name, req]) => {
      const { namespace, name: n } = splitName(name);
      const key = packageKey(namespace, n);
      return canSee(t, t.packages.get(key), viewer) ? resolveRequirement(t, key, req) : null;
    }).filter(Boolean), args),
    filesystem: (v) => v.filesystem ?? [],
    signature: (v) => (v.signature ? { ...v.signature, id: globalId('Signature', `${v.key}:${v.signature.keyId}`) } : null),
    isSigned: (v) => Boolean(v.signature),
  };

  const Signature = {
    publicKey: (s, _, { t }) => t.publicKeys.get(s.keyId),
  };

  const PublicKey = {
    id: (k) => globalId('PublicKey', k.keyId),
    owner: (k, _, { t }) => userOrStub(t, k.owner),
    verifyingSignature: () => null,
    revoked: (k) => Boolean(k.revokedAt),
  };

  const Interface = {
    id: (i) => globalId('Interface', i.name),
    displayName: (i) => i.displayName ?? i.name,
    description: (i) => i.description ?? '',
    icon: () => null,
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

  const BlogPost = {
    id: (b) => globalId('BlogPost', b.slug),
    live: () => true,
    owner: (b, _, { t }) => t.users.get(b.owner) ?? null,
    url: (b) => `https://wasmer.io/posts/${b.slug}`,
    coverImageUrl: () => null,
    opengraphImageUrl: () => null,
    relatedArticles: () => [],
    updatedAt: (b) => b.updatedAt ?? b.publishDate,
    tags: (b) => (b.tags ?? []).map((tag) => ({ id: globalId('BlogPostTag', tag), name: tag, slug: tag })),
    editUrl: () => null,
  };

  // PackageVersion rows have `pkg`, users `username`, blog posts `slug` and `body`, namespaces none of these.
  const SearchResult = {
    __resolveType: (v) => (v.username ? 'User' : v.pkg ? 'PackageVersion' : v.slug && v.body !== undefined ? 'BlogPost' : 'Namespace'),
  };
  const PackageOwner = { __resolveType: (o) => (o.username ? 'User' : 'Namespace') };

  return {
    Query, User, Namespace, Package, PackageVersion, Signature, PublicKey, Interface, InterfaceVersion, APIToken, BlogPost,
    SearchResult, PackageOwner,
  };
}
