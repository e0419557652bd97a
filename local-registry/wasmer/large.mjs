// A large package for download and unpack benchmarks: a .tar.gz whose data file holds N MiB of random
// (incompressible) bytes, generated and written as a stream (one MiB in memory at a time).
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tarHeader, tarPadding, tarEnd } from './tar.mjs';
import { parseToml } from './toml.mjs';
import { storeVersion } from './publish.mjs';
import { EMPTY_WASM } from './seed.mjs';
import { splitName, packageKey, versionKey, isSemver } from './model.mjs';

const MiB = 1024 * 1024;
export const MAX_LARGE_MB = 16 * 1024;

/**
 * Stores `name`@`version` (default demo/large-<N>mb@1.0.0, published by the demo user) with an archive
 * holding wasmer.toml, large.wasm, README.md and data/blob.bin of `megabytes` MiB. Flushes.
 * An existing version is left as it is. Returns { name, version, size, sha256, downloadUrl }.
 */
export async function seedLargePackage(store, t, { megabytes, name, version = '1.0.0' } = {}) {
  const mb = Number(megabytes);
  if (!Number.isInteger(mb) || mb < 1 || mb > MAX_LARGE_MB) throw new RangeError(`megabytes must be a whole number from 1 to ${MAX_LARGE_MB}`);
  const full = name ?? `demo/large-${mb}mb`;
  const { namespace, name: pkgName } = splitName(full);
  if (!isSemver(version) || !/^[a-z0-9_][a-z0-9_.-]*$/i.test(namespace) || !/^[a-z0-9_][a-z0-9_.-]*$/i.test(pkgName)) {
    throw new RangeError('name must be "namespace/name" and version semver');
  }
  const vKey = versionKey(packageKey(namespace, pkgName), version);
  const existing = t.versions.get(vKey);
  if (existing) return { name: existing.pkg, version, size: existing.size, sha256: existing.sha256, file: existing.file };
  if (!t.namespaces.has(namespace)) {
    const now = new Date().toISOString();
    t.namespaces.set(namespace, { name: namespace, displayName: namespace, description: '', owners: ['demo'], createdAt: now, updatedAt: now });
  }

  const blobSize = mb * MiB;
  const manifestText = [
    '[package]', `name = ${JSON.stringify(`${namespace}/${pkgName}`)}`, `version = ${JSON.stringify(version)}`,
    `description = ${JSON.stringify(`${mb} MiB of random data, for download and unpack benchmarks`)}`,
    'license = "MIT"', 'readme = "README.md"', '',
    '[[module]]', 'name = "large"', 'source = "large.wasm"', 'abi = "none"', '',
    '[fs]', '"/data" = "data"', '',
  ].join('\n');
  const readme = `# ${namespace}/${pkgName}\n\n${mb} MiB of random bytes in data/blob.bin.\n`;
  const small = [['wasmer.toml', Buffer.from(manifestText)], ['large.wasm', EMPTY_WASM], ['README.md', Buffer.from(readme)]];

  async function* tarStream() {
    for (const [p, data] of small) yield Buffer.concat([tarHeader(p, data.length), data, tarPadding(data.length)]);
    yield tarHeader('data/blob.bin', blobSize);
    const chunk = Buffer.allocUnsafe(MiB);
    for (let i = 0; i < mb; i++) yield Buffer.from(crypto.randomFillSync(chunk));
    yield tarPadding(blobSize);
    yield tarEnd();
  }

  const tmp = path.join(store.filesDir, 'uploads', `large-${crypto.randomBytes(8).toString('hex')}.tmp`);
  await fsp.mkdir(path.dirname(tmp), { recursive: true });
  const hash = crypto.createHash('sha256');
  let size = 0;
  const measure = new Transform({ transform(c, _e, done) { hash.update(c); size += c.length; done(null, c); } });
  try {
    // Random bytes do not compress: the fastest gzip level loses nothing.
    await pipeline(Readable.from(tarStream()), zlib.createGzip({ level: 1 }), measure, fs.createWriteStream(tmp));
    const archive = {
      manifestPath: 'wasmer.toml', manifestText, manifest: parseToml(manifestText),
      files: new Map([...small, ['data/blob.bin', null]]),
    };
    const row = await storeVersion(store, t, {
      namespace, name: pkgName, version, archive, file: tmp, sha256: hash.digest('hex'), size, fields: {}, publishedBy: 'demo',
    });
    await store.flush();
    return { name: row.pkg, version, size: row.size, sha256: row.sha256, file: row.file };
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}
