// Fills an empty store with the demo catalogue (seed-data.mjs). Every version gets a real, small
// .tar.gz built here (manifest, a minimal valid .wasm per module, README, a file per [fs] folder), so
// downloadUrl serves bytes whose length is the announced size and a client can unpack what it downloads.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { writeTar } from './tar.mjs';
import { openArchive } from './archive.mjs';
import { hashPassword, issueToken } from './auth.mjs';
import { storeVersion } from './publish.mjs';
import * as data from './seed-data.mjs';

export const DEMO_TOKEN = 'wasmer-demo-token'; // demo value, documented in local-registry/README.md

// The smallest valid WebAssembly module: magic number and version 1.
export const EMPTY_WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const q = (s) => JSON.stringify(s);
const fullName = (p) => (p.ns === '_' ? p.name : `${p.ns}/${p.name}`);
const modulesOf = (p) => [{ name: p.name, abi: 'wasi', iface: p.iface }, ...(p.modules ?? [])];

export function manifestFor(p, version) {
  const lines = ['[package]', `name = ${q(fullName(p))}`, `version = ${q(version)}`,
    `description = ${q(p.description)}`, `license = ${q(p.license)}`, 'readme = "README.md"'];
  if (p.repository) lines.push(`repository = ${q(p.repository)}`);
  if (p.homepage) lines.push(`homepage = ${q(p.homepage)}`);
  if (p.keywords) lines.push(`keywords = [${p.keywords.map(q).join(', ')}]`);
  if (p.dependencies) {
    lines.push('', '[dependencies]');
    for (const [k, v] of Object.entries(p.dependencies)) lines.push(`${q(k)} = ${q(v)}`);
  }
  for (const m of modulesOf(p)) {
    lines.push('', '[[module]]', `name = ${q(m.name)}`, `source = ${q(`${m.name}.wasm`)}`, `abi = ${q(m.abi)}`);
    if (Object.keys(m.iface).length) {
      lines.push('', '[module.interfaces]');
      for (const [k, v] of Object.entries(m.iface)) lines.push(`${k} = ${q(v)}`);
    }
  }
  for (const c of p.commands) lines.push('', '[[command]]', `name = ${q(c)}`, `module = ${q(p.name)}`);
  if (p.fs) {
    lines.push('', '[fs]');
    for (const [k, v] of Object.entries(p.fs)) lines.push(`${q(k)} = ${q(v)}`);
  }
  return lines.join('\n') + '\n';
}

const readmeFor = (p, version) => `# ${p.ns}/${p.name}\n\n${p.description}.\n\nVersion ${version}.\n\n## Usage\n\n` +
  '```sh\n' + `wasmer run ${fullName(p)}\n` + '```\n';

/** The demo package's .tar.gz for one version. */
export function archiveFor(p, version) {
  return zlib.gzipSync(writeTar([
    { path: 'wasmer.toml', data: manifestFor(p, version) },
    ...modulesOf(p).map((m) => ({ path: `${m.name}.wasm`, data: EMPTY_WASM })),
    { path: 'README.md', data: readmeFor(p, version) },
    ...Object.values(p.fs ?? {}).map((dir) => ({ path: `${dir}/README.txt`, data: `Files mapped into the guest from ${dir}/.\n` })),
  ]));
}

export async function seedDemo(store, t) {
  // Spread creation dates over the past so "recent" ordering means something; 10 days apart.
  let day = 0;
  const at = () => new Date(Date.UTC(2024, 0, 1) + (day++) * 10 * 86400000).toISOString();
  for (const u of data.users) {
    const { password, ...rest } = u;
    const created = at();
    t.users.set(u.username, { ...rest, dateJoined: created, passwordHash: password ? hashPassword(password) : null });
    t.namespaces.set(u.username, { name: u.username, displayName: `${u.firstName} ${u.lastName}`, description: rest.bio ?? '',
      owners: [u.username], createdAt: created, updatedAt: created });
  }
  for (const n of data.namespaces) t.namespaces.set(n.name, { ...n, createdAt: at() });
  for (const i of data.interfaces) {
    const createdAt = at();
    t.interfaces.set(i.name, { name: i.name, displayName: i.displayName, description: i.description, homepage: i.homepage, createdAt });
    for (const v of i.versions) {
      const key = `${i.name}@${v}`;
      t.ifaceVersions.set(key, { key, name: i.name, version: v, content: i.content?.[v] ?? '', createdAt: at(), publishedBy: 'syrusakbary' });
    }
  }
  // Signed versions are signed with a key made here; only its public half is kept.
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const keyId = 'DEMO-SYRUS-1';
  const keyAt = at();
  t.publicKeys.set(keyId, {
    keyId, owner: 'syrusakbary', uploadedAt: keyAt, revokedAt: null,
    key: publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64'),
  });
  for (const p of data.packages) {
    const publisher = data.users.some((u) => u.username === p.ns) ? p.ns : 'syrusakbary';
    for (const [i, version] of p.versions.entries()) {
      const buf = archiveFor(p, version);
      const createdAt = at();
      const last = i === p.versions.length - 1;
      const signature = p.signed && last
        ? { keyId, data: crypto.sign(null, buf, privateKey).toString('base64'), createdAt } : null;
      await storeVersion(store, t, {
        namespace: p.ns, name: p.name, version, archive: openArchive(buf), buf, fields: {}, publishedBy: publisher, createdAt,
        downloads: p.downloads?.[i] ?? 0, signature,
      });
    }
  }
  for (const b of data.blogposts) t.blogposts.set(b.slug, { ...b });
  issueToken(t, 'demo', 'api', 'demo token', DEMO_TOKEN);
  await store.flush();
}
