// Wasmer dialect: the demo seed answers the examples of docs/registries.md as written, search pages,
// and tokens work. Publishing is in wasmer-publish.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, gql, loadOperation } from './helpers.mjs';

const AUTH = { authorization: 'Bearer wasmer-demo-token' }; // demo value
let server;
before(async () => { server = await startServer({ seed: 'demo', dialects: ['wasmer'] }); });
after(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true }); // a temp folder per run
});

const run = async (name, variables, headers) => {
  const r = await gql(server.url, 'wasmer', loadOperation('wasmer', name), variables, headers);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
};

test('seed example: getPackageVersion(name: "python") with a downloadable distribution of the announced size', async () => {
  const { data, errors } = await run('PythonVersion');
  assert.equal(errors, undefined);
  const v = data.getPackageVersion;
  assert.equal(v.version, '0.1.0');
  assert.match(v.repository, /^https:\/\//);
  assert.match(v.homepage, /^https:\/\//);
  assert.ok(v.distribution.downloadUrl.startsWith(`${server.url}/files/`));
  const res = await fetch(v.distribution.downloadUrl); // a plain GET, no auth header
  assert.equal(res.status, 200);
  const body = Buffer.from(await res.arrayBuffer());
  assert.equal(body.length, v.distribution.size);
  assert.equal(body[0], 0x1f); // gzip magic
});

test('seed example: getInterfaceVersion(name: "wasi") lists python, wasi-ubasic and wasm3', async () => {
  const { data, errors } = await run('WasiInterface');
  assert.equal(errors, undefined);
  const iv = data.getInterfaceVersion;
  assert.equal(iv.interface.name, 'wasi');
  assert.ok(iv.interface.description.length > 0);
  const names = iv.packageVersions.edges.map((e) => e.node.package.name);
  for (const n of ['_/python', 'JeremyLikness/wasi-ubasic', 'vshymanskyy/wasm3']) assert.ok(names.includes(n), n);
  for (const e of iv.packageVersions.edges) assert.ok(e.node.distribution.downloadUrl.startsWith(`${server.url}/files/`));
});

test('search pages with first/after until hasNextPage is false, without repeats', async () => {
  const seen = [];
  let after = null;
  let total = null;
  for (let page = 0; page < 20; page++) {
    const { data } = await run('Search', { query: '', first: 4, after });
    const s = data.search;
    total ??= s.totalCount;
    assert.ok(s.edges.length <= 4);
    seen.push(...s.edges.map((e) => e.cursor));
    if (!s.pageInfo.hasNextPage) break;
    after = s.pageInfo.endCursor;
  }
  assert.equal(seen.length, total);
  assert.equal(new Set(seen).size, total);
  const kinds = new Set();
  const { data } = await run('Search', { query: '', first: 100 });
  for (const e of data.search.edges) kinds.add(e.node.__typename);
  // BlogPost stands for the union members a package client does not know (the real one also has apps).
  assert.deepEqual([...kinds].sort(), ['BlogPost', 'Namespace', 'PackageVersion', 'User']);
});

test('search by text and by interface filter', async () => {
  const { data } = await run('Search', { query: 'cowsay', first: 10 });
  const names = data.search.edges.filter((e) => e.node.__typename === 'PackageVersion').map((e) => e.node.package.name);
  assert.deepEqual(names, ['syrusakbary/cowsay']);
  assert.equal(data.search.edges[0].node.version, '0.2.0'); // the latest version
  const wasi = await run('SearchPackages', { query: '', interfaces: ['wasi@0.1.0-unstable'] });
  assert.deepEqual(wasi.data.search.edges.map((e) => e.node.package.name).sort(),
    ['JeremyLikness/wasi-ubasic', '_/python', 'vshymanskyy/wasm3']);
});

test('packages, versions and namespaces from the seed', async () => {
  const p = (await run('PackageDetails', { name: 'syrusakbary/cowsay' })).data.getPackage;
  assert.equal(p.name, 'syrusakbary/cowsay');
  assert.equal(p.lastVersion.version, '0.2.0');
  assert.equal(p.versions.length, 3);
  assert.equal((await run('PackageDetails', { name: 'python' })).data.getPackage.namespace, '_');
  const v = (await run('PackageVersionDetails', { name: 'wasmer/static-web-server', version: '1.1.0' })).data.getPackageVersion;
  assert.equal(v.isLastVersion, false);
  assert.match(v.readme, /static-web-server/);
  assert.match(v.manifest, /\[package\]/);
  assert.deepEqual(v.modules, [{ name: 'static-web-server', source: 'static-web-server.wasm', abi: 'wasi' }]);
  assert.deepEqual(v.commands, [{ command: 'webserver', module: { name: 'static-web-server' } }]);
  assert.equal((await run('PackageVersionDetails', { name: 'nobody/nothing' })).data.getPackageVersion, null);
  const ns = (await run('NamespaceDetails', { name: 'wasmer' })).data.getNamespace;
  assert.equal(ns.packages.totalCount, 2);
  const recent = (await run('RecentPackageVersions', { first: 3 })).data.recentPackageVersions;
  assert.equal(recent.edges.length, 3);
  assert.equal(recent.pageInfo.hasNextPage, true);
});

test('viewer: null without a token or with a wrong one, the demo user with the demo token', async () => {
  assert.equal((await run('Viewer')).data.viewer, null);
  assert.equal((await run('Viewer', undefined, { authorization: 'Bearer nope' })).data.viewer, null);
  assert.equal((await run('Viewer', undefined, AUTH)).data.viewer.username, 'demo');
});

test('tokenAuth, generateApiToken (raw token shown once), revokeApiToken', async () => {
  const bad = await run('TokenAuth', { username: 'demo', password: 'wrong' });
  assert.equal(bad.errors[0].extensions.code, 'UNAUTHENTICATED');
  const ok = (await run('TokenAuth', { username: 'demo', password: 'demo-password-1' })).data.tokenAuth;
  assert.equal(ok.username, 'demo');
  const session = { authorization: `Bearer ${ok.token}` };
  assert.equal((await run('Viewer', undefined, session)).data.viewer.username, 'demo');

  const anon = await run('GenerateApiToken', { identifier: 'x' });
  assert.equal(anon.errors[0].extensions.code, 'UNAUTHENTICATED');
  const gen = (await run('GenerateApiToken', { identifier: 'ci' }, session)).data.generateApiToken;
  assert.ok(gen.tokenRaw.length >= 20);
  const mine = { authorization: `Bearer ${gen.tokenRaw}` };
  const listed = (await run('Viewer', undefined, mine)).data.viewer.apiTokens.edges.map((e) => e.node);
  assert.ok(listed.some((k) => k.id === gen.token.id && k.identifier === 'ci'));
  // The raw token is not stored: the data folder holds only its hash.
  const stored = fs.readdirSync(server.dataDir).filter((f) => f.endsWith('.json') || f.endsWith('.jsonl'))
    .map((f) => fs.readFileSync(path.join(server.dataDir, f), 'utf8')).join('');
  assert.ok(!stored.includes(gen.tokenRaw));
  assert.ok(!stored.includes('wasmer-demo-token'));

  const rev = (await run('RevokeApiToken', { tokenId: gen.token.id }, AUTH)).data.revokeApiToken;
  assert.equal(rev.success, true);
  assert.ok(rev.token.revokedAt);
  assert.equal((await run('Viewer', undefined, mine)).data.viewer, null);
});
