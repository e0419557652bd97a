// Wasmer publishPackage over a GraphQL multipart request: what is accepted and stored, and what is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, gql, loadOperation } from './helpers.mjs';
import { makeArchive, manifest, publishMultipart, WASM } from './wasmer-archive.mjs';

const AUTH = { authorization: 'Bearer wasmer-demo-token' }; // demo value
const PUBLISH = loadOperation('wasmer', 'PublishPackage');
let server;
before(async () => { server = await startServer({ seed: 'demo', dialects: ['wasmer'] }); });
after(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true }); // a temp folder per run
});

const goodArchive = (name, version) => makeArchive({
  'wasmer.toml': manifest({ name, version }),
  'hello.wasm': WASM,
  'README.md': `# ${name}\n`,
});
const input = (name, version, extra = {}) => ({ name, version, manifest: manifest({ name, version }), description: 'A test package', ...extra });

const refused = (r, pattern, code = 'BAD_USER_INPUT') => {
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.data.publishPackage, null);
  assert.equal(r.body.errors[0].extensions.code, code);
  assert.match(r.body.errors[0].message, pattern);
};

test('a correct archive is accepted, listed and downloadable with the announced size', async () => {
  const archive = goodArchive('demo/tool', '1.0.0');
  const r = await publishMultipart(server.url, PUBLISH, input('demo/tool', '1.0.0'), archive, AUTH);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  const p = r.body.data.publishPackage;
  assert.equal(p.success, true);
  assert.equal(p.packageVersion.package.name, 'demo/tool');
  assert.equal(p.packageVersion.distribution.size, archive.length);
  const res = await fetch(p.packageVersion.distribution.downloadUrl);
  assert.equal(res.status, 200);
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), archive);

  const q = await gql(server.url, 'wasmer', loadOperation('wasmer', 'PackageVersionDetails'), { name: 'demo/tool' });
  const v = q.body.data.getPackageVersion;
  assert.equal(v.version, '1.0.0');
  assert.equal(v.publishedBy.username, 'demo');
  assert.equal(v.readme, '# demo/tool\n');
  assert.deepEqual(v.commands, [{ command: 'hello', module: { name: 'hello' } }]);
});

test('a private package is visible to its owner only', async () => {
  const r = await publishMultipart(server.url, PUBLISH, input('demo/secret', '1.0.0', { private: true }), goodArchive('demo/secret', '1.0.0'), AUTH);
  assert.equal(r.body.data.publishPackage.success, true, JSON.stringify(r.body.errors));
  const details = loadOperation('wasmer', 'PackageDetails');
  assert.equal((await gql(server.url, 'wasmer', details, { name: 'demo/secret' })).body.data.getPackage, null);
  const own = (await gql(server.url, 'wasmer', details, { name: 'demo/secret' }, AUTH)).body.data.getPackage;
  assert.equal(own.private, true);
});

test('without a token publishing is refused', async () => {
  const r = await publishMultipart(server.url, PUBLISH, input('demo/anon', '1.0.0'), goodArchive('demo/anon', '1.0.0'));
  refused(r, /logged in/, 'UNAUTHENTICATED');
});

test('a namespace the caller does not own is refused', async () => {
  const r = await publishMultipart(server.url, PUBLISH, input('wasmer/mine', '1.0.0'), goodArchive('wasmer/mine', '1.0.0'), AUTH);
  refused(r, /namespace "wasmer"/, 'FORBIDDEN');
});

test('an existing version is refused', async () => {
  const r = await publishMultipart(server.url, PUBLISH, input('demo/hello-demo', '1.0.0'), goodArchive('demo/hello-demo', '1.0.0'), AUTH);
  refused(r, /already exists/);
});

test('a manifest whose name or version disagrees with the input is refused', async () => {
  const wrongName = await publishMultipart(server.url, PUBLISH, input('demo/one', '1.0.0'), goodArchive('demo/other', '1.0.0'), AUTH);
  refused(wrongName, /name "demo\/other" does not match/);
  const wrongVersion = await publishMultipart(server.url, PUBLISH, input('demo/one', '1.0.0'), goodArchive('demo/one', '1.0.1'), AUTH);
  refused(wrongVersion, /version "1.0.1" does not match/);
  const q = await gql(server.url, 'wasmer', loadOperation('wasmer', 'PackageDetails'), { name: 'demo/one' });
  assert.equal(q.body.data.getPackage, null); // nothing stored
});

test('a missing module file, a missing manifest and a non-gzip upload are refused', async () => {
  const noModule = makeArchive({ 'wasmer.toml': manifest({ name: 'demo/nomod', version: '1.0.0' }), 'README.md': 'x' });
  refused(await publishMultipart(server.url, PUBLISH, input('demo/nomod', '1.0.0'), noModule, AUTH), /hello\.wasm" is not in the archive/);
  const noManifest = makeArchive({ 'hello.wasm': WASM });
  refused(await publishMultipart(server.url, PUBLISH, input('demo/nomani', '1.0.0'), noManifest, AUTH), /no wasmer\.toml or wapm\.toml/);
  refused(await publishMultipart(server.url, PUBLISH, input('demo/raw', '1.0.0'), Buffer.from('not gzip'), AUTH), /not gzip/);
});

test('the older wapm.toml name is accepted too, and the published version survives a restart', async () => {
  const archive = makeArchive({ './wapm.toml': manifest({ name: 'demo/legacy', version: '0.1.0' }), './hello.wasm': WASM });
  const r = await publishMultipart(server.url, PUBLISH, input('demo/legacy', '0.1.0'), archive, AUTH);
  assert.equal(r.body.data.publishPackage.success, true, JSON.stringify(r.body.errors));
  await server.stop();
  server = await startServer({ seed: 'demo', dataDir: server.dataDir, dialects: ['wasmer'] });
  const q = await gql(server.url, 'wasmer', loadOperation('wasmer', 'PackageVersionDetails'), { name: 'demo/legacy' });
  assert.equal(q.body.data.getPackageVersion.distribution.size, archive.length);
});
