// publishPackage: refuse what the real registry refuses (no token, a namespace the caller does not own,
// an existing version, an archive that disagrees with the input), then store the archive and the rows.
import { gqlError } from '../lib/errors.mjs';
import { requireViewer } from './auth.mjs';
import { openArchive, checkArchive, describeManifest, ArchiveError } from './archive.mjs';
import { parseToml } from './toml.mjs';
import { splitName, packageKey, versionKey, isSemver, ownsNamespace } from './model.mjs';

const NAME = /^[a-z0-9_][a-z0-9_.-]*$/i;

/**
 * Writes the archive and the package/version rows (shared with the demo seed). Caller flushes.
 * `interfaces` are "name@version" keys; module interfaces that name an unknown interface version are dropped.
 */
export async function storeVersion(store, t, { namespace, name, version, archive, buf, fields, publishedBy, isPrivate, createdAt }) {
  const pkgKey = packageKey(namespace, name);
  const now = createdAt ?? new Date().toISOString();
  const rel = await store.putFile(`wasmer/${namespace}/${name}/${version}.tar.gz`, buf);
  const { pkg, modules, commands } = describeManifest(archive.manifest);
  const interfaces = [...new Set(modules.flatMap((m) => Object.entries(m.interfaces).map(([n, v]) => `${n}@${v}`)))]
    .filter((k) => t.ifaceVersions.has(k));
  const readmeFile = pkg.readme && archive.files.get(String(pkg.readme).replace(/^\.\//, ''));
  const pick = (k) => fields[k] ?? (pkg[k] == null ? null : String(pkg[k]));
  const row = {
    key: versionKey(pkgKey, version),
    pkg: pkgKey,
    version,
    description: pick('description') ?? '',
    manifest: archive.manifestText,
    readme: fields.readme ?? (readmeFile ? readmeFile.toString('utf8') : null),
    license: pick('license'),
    licenseFile: fields.licenseFile ?? (pkg['license-file'] == null ? null : String(pkg['license-file'])),
    repository: pick('repository'),
    homepage: pick('homepage'),
    keywords: Array.isArray(pkg.keywords) ? pkg.keywords.map(String) : [],
    createdAt: now,
    publishedBy,
    file: rel,
    size: buf.length,
    modules: modules.map(({ name: n, source, abi }) => ({ name: n, source, abi })),
    commands,
    interfaces,
    downloads: 0,
  };
  const existing = t.packages.get(pkgKey);
  t.packages.set(pkgKey, existing ? { ...existing, updatedAt: now } : {
    key: pkgKey, namespace, name, private: Boolean(isPrivate), curated: false, createdAt: now, updatedAt: now, downloads: 0,
  });
  t.versions.set(row.key, row);
  return row;
}

export function publishResolver(store, t) {
  // Versions being written right now: storing the archive awaits, so without this two concurrent
  // publishes of one version could both pass the "already exists" check.
  const inFlight = new Set();
  return async (_, { input }, ctx) => {
    const viewer = requireViewer(ctx);
    // The name comes from the input (name, optionally with namespace), else from the manifest text.
    let fromManifest = {};
    try { fromManifest = parseToml(input.manifest ?? '').package ?? {}; } catch (e) { throw gqlError(e.message, 'BAD_USER_INPUT'); }
    let full = input.name ?? fromManifest.name;
    if (!full) throw gqlError('The package name is missing', 'BAD_USER_INPUT');
    if (input.namespace && !String(full).includes('/')) full = `${input.namespace}/${full}`;
    const { namespace, name } = splitName(full);
    const version = String(input.version ?? fromManifest.version ?? '');
    if (!NAME.test(namespace) || !NAME.test(name)) throw gqlError(`Invalid package name "${full}"`, 'BAD_USER_INPUT');
    if (!isSemver(version)) throw gqlError(`Invalid version "${version}": expected semver such as 1.2.3`, 'BAD_USER_INPUT');
    if (!ownsNamespace(t, viewer.username, namespace)) {
      throw gqlError(`You don't have permissions to publish to the namespace "${namespace}"`, 'FORBIDDEN');
    }
    const pkgKey = packageKey(namespace, name);
    const vKey = versionKey(pkgKey, version);
    if (t.versions.has(vKey) || inFlight.has(vKey)) {
      throw gqlError(`Package version ${pkgKey}@${version} already exists`, 'BAD_USER_INPUT', { reason: 'VERSION_EXISTS' });
    }
    if (input.uploadFormat && input.uploadFormat !== 'targz') {
      throw gqlError(`Upload format ${input.uploadFormat} is not supported by this registry; use targz`, 'BAD_USER_INPUT');
    }
    const upload = input.fileUpload;
    if (!upload || !Buffer.isBuffer(upload.buffer)) {
      throw gqlError(input.signedUrl ? 'Signed-URL uploads are not supported by this registry; send fileUpload' : 'The package file (fileUpload) is missing', 'BAD_USER_INPUT');
    }
    let archive;
    try {
      archive = openArchive(upload.buffer);
      checkArchive(archive, { fullName: pkgKey, version });
    } catch (e) {
      if (e instanceof ArchiveError) throw gqlError(e.message, 'BAD_USER_INPUT', { reason: 'INVALID_ARCHIVE' });
      throw e;
    }
    const fields = {};
    for (const k of ['description', 'license', 'licenseFile', 'readme', 'repository', 'homepage']) if (input[k] != null) fields[k] = input[k];
    inFlight.add(vKey);
    let row;
    try {
      row = await storeVersion(store, t, { namespace, name, version, archive, buf: upload.buffer, fields, publishedBy: viewer.username, isPrivate: input.private });
      await store.flush();
    } finally {
      inFlight.delete(vKey);
    }
    return { success: true, clientMutationId: input.clientMutationId ?? null, packageVersion: row };
  };
}
