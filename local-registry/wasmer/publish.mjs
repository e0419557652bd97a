// publishPackage: refuse what the real registry refuses (no token, a namespace the caller does not own,
// an existing version, an archive that disagrees with the input), then store the archive and the rows.
// The archive arrives either in the request (GraphQL multipart `fileUpload`) or through a signed-URL
// upload (`signedUrl`, see uploads.mjs), which may be of any size and is read from disk as a stream.
import crypto from 'node:crypto';
import { gqlError } from '../lib/errors.mjs';
import { requireViewer } from './auth.mjs';
import { openArchive, checkArchive, describeManifest, ArchiveError } from './archive.mjs';
import { scanArchiveFile } from './archive-stream.mjs';
import { parseToml } from './toml.mjs';
import { splitName, packageKey, versionKey, isSemver, ownsNamespace } from './model.mjs';

const NAME = /^[a-z0-9_][a-z0-9_.-]*$/i;

const asText = (v) => (v == null ? null : String(v));

/** [dependencies] of a manifest as { "ns/name": "requirement" }. */
function dependenciesOf(manifest) {
  const d = manifest.dependencies;
  if (!d || typeof d !== 'object' || Array.isArray(d)) return {};
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === 'string' ? v : '*']));
}

/** [fs] of a manifest as [{ wasm: guest path, host: folder in the package }]. */
function filesystemOf(manifest) {
  const f = manifest.fs;
  if (!f || typeof f !== 'object' || Array.isArray(f)) return [];
  return Object.entries(f).map(([wasm, host]) => ({ wasm, host: String(host) }));
}

/**
 * Writes the archive and the package/version rows (shared with the seeds). Caller flushes.
 * The archive is `buf` (stored here) or `file`, an upload under files/ that is moved into place, with its
 * `sha256` and `size` already known. Module interfaces that name an unknown interface version are dropped.
 */
export async function storeVersion(store, t, {
  namespace, name, version, archive, buf, file, sha256, size, fields, publishedBy, isPrivate, createdAt, downloads = 0, signature = null,
}) {
  const pkgKey = packageKey(namespace, name);
  const now = createdAt ?? new Date().toISOString();
  const rel = `wasmer/${namespace}/${name}/${version}.tar.gz`;
  if (buf) {
    await store.putFile(rel, buf);
    sha256 = crypto.createHash('sha256').update(buf).digest('hex');
    size = buf.length;
  } else {
    await store.moveIntoFiles(file, rel);
  }
  const { pkg, modules, commands } = describeManifest(archive.manifest);
  const interfaces = [...new Set(modules.flatMap((m) => Object.entries(m.interfaces).map(([n, v]) => `${n}@${v}`)))]
    .filter((k) => t.ifaceVersions.has(k));
  const readmeFile = pkg.readme && archive.files.get(String(pkg.readme).replace(/^\.\//, ''));
  const pick = (k) => fields[k] ?? asText(pkg[k]);
  const row = {
    key: versionKey(pkgKey, version),
    pkg: pkgKey,
    version,
    description: pick('description') ?? '',
    manifest: archive.manifestText,
    readme: fields.readme ?? (readmeFile ? readmeFile.toString('utf8') : null),
    license: pick('license'),
    licenseFile: fields.licenseFile ?? asText(pkg['license-file']),
    repository: pick('repository'),
    homepage: pick('homepage'),
    keywords: Array.isArray(pkg.keywords) ? pkg.keywords.map(String) : [],
    createdAt: now,
    publishedBy,
    file: rel,
    size,
    sha256,
    modules: modules.map(({ name: n, source, abi }) => ({ name: n, source, abi })),
    commands,
    interfaces,
    dependencies: dependenciesOf(archive.manifest),
    filesystem: filesystemOf(archive.manifest),
    signature,
    downloads,
  };
  const existing = t.packages.get(pkgKey);
  t.packages.set(pkgKey, existing ? { ...existing, updatedAt: now, downloads: (existing.downloads ?? 0) + downloads } : {
    key: pkgKey, namespace, name, private: Boolean(isPrivate), curated: false, createdAt: now, updatedAt: now, downloads,
  });
  t.versions.set(row.key, row);
  return row;
}

/**
 * @param {object} hooks  { uploads (uploads.mjs), published(row) called after a version is stored and flushed }
 */
export function publishResolver(store, t, hooks = {}) {
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
    const upload = input.signedUrl && !input.fileUpload ? await hooks.uploads.completedUpload(input.signedUrl, viewer) : null;
    // The same signed-URL upload published again (a retry after a lost answer): the version it made.
    if (upload?.publishedAs) {
      if (upload.publishedAs !== vKey) throw gqlError(`This upload was already published as ${upload.publishedAs.replace('@', ' ')}`, 'BAD_USER_INPUT');
      return { success: true, clientMutationId: input.clientMutationId ?? null, packageVersion: t.versions.get(vKey) };
    }
    if (t.versions.has(vKey) || inFlight.has(vKey)) {
      throw gqlError(`Package version ${pkgKey}@${version} already exists`, 'BAD_USER_INPUT', { reason: 'VERSION_EXISTS' });
    }
    if (input.uploadFormat && input.uploadFormat !== 'targz') {
      throw gqlError(`Upload format ${input.uploadFormat} is not supported by this registry; use targz`, 'BAD_USER_INPUT');
    }
    if (!upload && !Buffer.isBuffer(input.fileUpload?.buffer)) {
      throw gqlError('The package file is missing: send fileUpload or the signedUrl of a completed upload', 'BAD_USER_INPUT');
    }
    const fields = {};
    for (const k of ['description', 'license', 'licenseFile', 'readme', 'repository', 'homepage']) if (input[k] != null) fields[k] = input[k];
    inFlight.add(vKey);
    let row;
    try {
      let archive;
      try {
        archive = upload ? await scanArchiveFile(upload.file) : openArchive(input.fileUpload.buffer);
        checkArchive(archive, { fullName: pkgKey, version });
      } catch (e) {
        if (e instanceof ArchiveError) throw gqlError(e.message, 'BAD_USER_INPUT', { reason: 'INVALID_ARCHIVE' });
        throw e;
      }
      const source = upload ? { file: upload.file, sha256: archive.sha256, size: archive.size } : { buf: input.fileUpload.buffer };
      row = await storeVersion(store, t, { namespace, name, version, archive, ...source, fields, publishedBy: viewer.username, isPrivate: input.private });
      if (upload) await hooks.uploads.markPublished(upload.id, vKey);
      await store.flush();
    } finally {
      inFlight.delete(vKey);
    }
    hooks.published?.(row);
    return { success: true, clientMutationId: input.clientMutationId ?? null, packageVersion: row };
  };
}
