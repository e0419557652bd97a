// Checks an uploaded package archive before anything is stored: a .tar.gz holding wasmer.toml (or the
// older wapm.toml) at its root, whose [package] name and version are the ones being published, and
// every [[module]] source file the manifest names.
import zlib from 'node:zlib';
import { readTar, normalisePath } from './tar.mjs';
import { parseToml } from './toml.mjs';

// An unpacked archive may not exceed this: bounds the memory a hostile gzip bomb can take.
const MAX_UNPACKED = 512 * 1024 * 1024;

/** Thrown for a refused archive; the message is shown to the user as is. */
export class ArchiveError extends Error {}

/**
 * @param {Buffer} gz  the uploaded bytes
 * @returns {{ manifestText, manifest, files: Map<string, Buffer> }}
 */
export function openArchive(gz) {
  let tar;
  try {
    tar = zlib.gunzipSync(gz, { maxOutputLength: MAX_UNPACKED });
  } catch (e) {
    throw new ArchiveError(e.code === 'ERR_BUFFER_TOO_LARGE' ? 'archive too large once unpacked' : 'archive is not gzip-compressed (expected a .tar.gz)');
  }
  let entries;
  try { entries = readTar(tar); } catch (e) { throw new ArchiveError(`archive is not a valid tar: ${e.message}`); }
  const files = new Map(entries.filter((e) => e.type === 'file').map((e) => [e.path, e.data]));
  const manifestPath = ['wasmer.toml', 'wapm.toml'].find((p) => files.has(p));
  if (!manifestPath) throw new ArchiveError('archive has no wasmer.toml or wapm.toml at its root');
  const manifestText = files.get(manifestPath).toString('utf8');
  let manifest;
  try { manifest = parseToml(manifestText); } catch (e) { throw new ArchiveError(e.message); }
  return { manifestPath, manifestText, manifest, files };
}

/** Modules, commands and interfaces a manifest declares, in the shape the store keeps. */
export function describeManifest(manifest) {
  const list = (x) => (Array.isArray(x) ? x : []);
  const modules = list(manifest.module).map((m) => ({
    name: String(m.name ?? ''),
    source: String(m.source ?? ''),
    abi: m.abi == null ? null : String(m.abi),
    interfaces: m.interfaces && typeof m.interfaces === 'object' ? { ...m.interfaces } : {},
  }));
  const commands = list(manifest.command).map((c) => ({ name: String(c.name ?? ''), module: c.module == null ? null : String(c.module) }));
  return { pkg: manifest.package ?? {}, modules, commands };
}

/** Refuses an archive whose manifest disagrees with what is published or lacks a module file. */
export function checkArchive(archive, { fullName, version }) {
  const { pkg, modules } = describeManifest(archive.manifest);
  const where = archive.manifestPath;
  if (!pkg.name) throw new ArchiveError(`${where}: [package] name is missing`);
  if (!pkg.version) throw new ArchiveError(`${where}: [package] version is missing`);
  if (String(pkg.name) !== fullName && !(fullName.startsWith('_/') && String(pkg.name) === fullName.slice(2))) {
    throw new ArchiveError(`${where}: package name "${pkg.name}" does not match the published name "${fullName}"`);
  }
  if (String(pkg.version) !== version) {
    throw new ArchiveError(`${where}: package version "${pkg.version}" does not match the published version "${version}"`);
  }
  for (const m of modules) {
    if (!m.name || !m.source) throw new ArchiveError(`${where}: every [[module]] needs a name and a source`);
    if (!archive.files.has(normalisePath(m.source))) {
      throw new ArchiveError(`${where}: module "${m.name}": source file "${m.source}" is not in the archive`);
    }
  }
}
