// Fills an empty store with the demo catalogue (seed-data.mjs). Every version gets a real, small
// .tar.gz built here (manifest, a minimal valid .wasm, README), so downloadUrl serves bytes whose
// length is the announced size and a client can unpack what it downloads.
import zlib from 'node:zlib';
import { writeTar } from './tar.mjs';
import { openArchive } from './archive.mjs';
import { hashPassword, issueToken } from './auth.mjs';
import { storeVersion } from './publish.mjs';
import * as data from './seed-data.mjs';

export const DEMO_TOKEN = 'wasmer-demo-token'; // demo value, documented in local-registry/README.md

// The smallest valid WebAssembly module: magic number and version 1.
const EMPTY_WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const q = (s) => JSON.stringify(s);

export function manifestFor(p, version) {
  const lines = ['[package]', `name = ${q(p.ns === '_' ? p.name : `${p.ns}/${p.name}`)}`, `version = ${q(version)}`,
    `description = ${q(p.description)}`, `license = ${q(p.license)}`, 'readme = "README.md"'];
  if (p.repository) lines.push(`repository = ${q(p.repository)}`);
  if (p.homepage) lines.push(`homepage = ${q(p.homepage)}`);
  lines.push('', '[[module]]', `name = ${q(p.name)}`, `source = ${q(`${p.name}.wasm`)}`, 'abi = "wasi"', '', '[module.interfaces]');
  for (const [k, v] of Object.entries(p.iface)) lines.push(`${k} = ${q(v)}`);
  for (const c of p.commands) lines.push('', '[[command]]', `name = ${q(c)}`, `module = ${q(p.name)}`);
  return lines.join('\n') + '\n';
}

const readmeFor = (p, version) => `# ${p.ns}/${p.name}\n\n${p.description}.\n\nVersion ${version}.\n\n## Usage\n\n` +
  '```sh\n' + `wasmer run ${p.ns === '_' ? p.name : `${p.ns}/${p.name}`}\n` + '```\n';

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
      t.ifaceVersions.set(key, { key, name: i.name, version: v, content: '', createdAt: at(), publishedBy: 'syrusakbary' });
    }
  }
  for (const p of data.packages) {
    const publisher = data.users.some((u) => u.username === p.ns) ? p.ns : 'syrusakbary';
    for (const version of p.versions) {
      const tar = writeTar([
        { path: 'wasmer.toml', data: manifestFor(p, version) },
        { path: `${p.name}.wasm`, data: EMPTY_WASM },
        { path: 'README.md', data: readmeFor(p, version) },
      ]);
      const buf = zlib.gzipSync(tar);
      await storeVersion(store, t, {
        namespace: p.ns, name: p.name, version, archive: openArchive(buf), buf, fields: {}, publishedBy: publisher, createdAt: at(),
      });
    }
  }
  issueToken(t, 'demo', 'api', 'demo token', DEMO_TOKEN);
  await store.flush();
}
