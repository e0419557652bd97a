// Metabind GraphQL: API key checks, cursor paging, package(version) with resolved bundles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, gql, loadOperation } from './helpers.mjs';

const KEY = { 'x-api-key': 'demo-org:demo-project:mb-demo-key' };
let server;
const op = (name) => loadOperation('metabind', name);
const ask = (name, variables, headers = KEY) => gql(server.url, 'metabind', op(name), variables, headers);
const codes = (body) => (body.errors ?? []).map((e) => e.extensions?.code);

before(async () => { server = await startServer({ seed: 'demo', dialects: ['metabind'] }); });
after(async () => { await server?.stop(); });

test('data needs an x-api-key, introspection does not', async () => {
  const probe = await ask('SchemaProbe', undefined, {});
  assert.equal(probe.status, 200);
  assert.equal(probe.body.errors, undefined);
  assert.ok(probe.body.data.packageType.fields.some((f) => f.name === 'resolved'));
  const packagesField = probe.body.data.packagesArgs.fields.find((f) => f.name === 'packages');
  assert.deepEqual(packagesField.args.map((a) => a.name).sort(), ['cursor', 'limit']);

  for (const headers of [{}, { 'x-api-key': 'wrong' }, { 'x-api-key': 'other-org:demo-project:mb-demo-key' }, { 'x-api-key': 'a:b' }]) {
    const r = await ask('Packages', {}, headers);
    assert.equal(r.status, 200);
    assert.deepEqual(codes(r.body), ['UNAUTHORIZED'], JSON.stringify(headers));
  }
  const bare = await ask('Packages', {}, { 'x-api-key': 'mb-demo-key' });
  assert.equal(bare.body.errors, undefined);
  assert.ok(bare.body.data.packages.data.length >= 2);
});

test('the package list pages with cursor and limit to the end without duplicates', async () => {
  const seen = [];
  let cursor = null;
  for (let page = 0; page < 20; page++) {
    const r = await ask('Packages', { cursor, limit: 1 });
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const { data, pagination } = r.body.data.packages;
    assert.equal(pagination.limit, 1);
    assert.ok(data.length <= 1);
    seen.push(...data);
    if (!pagination.hasMore) { assert.equal(pagination.cursor, null); break; }
    cursor = pagination.cursor;
    assert.equal(typeof cursor, 'string');
  }
  const all = await ask('Packages', { limit: 100 });
  assert.equal(all.body.data.packages.pagination.hasMore, false);
  assert.deepEqual(seen.map((p) => p.id), all.body.data.packages.data.map((p) => p.id));
  assert.equal(new Set(seen.map((p) => p.id)).size, seen.length);
  assert.ok(['1.0.0', '1.1.0'].every((v) => seen.some((p) => p.version === v)));
  // Newest first.
  const times = seen.map((p) => p.createdAt);
  assert.deepEqual([...times].sort().reverse(), times);

  assert.deepEqual(codes((await ask('Packages', { cursor: 'not a cursor' })).body), ['BAD_REQUEST']);
  assert.deepEqual(codes((await ask('Packages', { limit: 0 })).body), ['BAD_REQUEST']);
});

test('package(version: "1.0.0") with resolved has ProductCard and ArticleLayout', async () => {
  const r = await ask('PackageByVersion', { version: '1.0.0' });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  const pkg = r.body.data.package;
  assert.match(pkg.id, /^[0-9a-f]{64}$/); // a content hash
  assert.equal(pkg.version, '1.0.0');
  const names = pkg.components.map((c) => c.name);
  assert.ok(names.includes('ProductCard') && names.includes('ArticleLayout'), names.join());
  for (const c of pkg.components) assert.ok(c.title && c.description && c.compiled && c.status);
  assert.deepEqual(pkg.dependencies, [{ projectId: 'demo-ui-kit', version: '1.0.0' }]);
  assert.equal(pkg.resolved.package.id, pkg.id);
  assert.equal(pkg.resolved.dependencies.length, 1);
  assert.deepEqual(pkg.resolvedRef, { package: pkg.id, dependencies: pkg.resolved.dependencies.map((d) => d.id) });

  const missing = await ask('PackageByVersion', { version: '9.9.9' });
  assert.equal(missing.body.data.package, null);
  assert.deepEqual(codes(missing.body), ['NOT_FOUND']);
});

test('JSON-string fields parse as JSON and asset URLs serve files of the stated size', async () => {
  const pkg = (await ask('PackageByVersion', { version: '1.0.0' })).body.data.package;
  const compiled = JSON.parse(pkg.compiled);
  assert.equal(typeof compiled.ProductCard, 'string');
  assert.equal(compiled.ArticleLayout, pkg.components.find((c) => c.name === 'ArticleLayout').compiled);

  // components: name -> compiled code, as the Metabind SDKs decode it.
  const components = JSON.parse(pkg.resolved.package.components);
  assert.equal(components.ProductCard, compiled.ProductCard);
  assert.equal(typeof components.ArticleLayout, 'string');
  const assets = JSON.parse(pkg.resolved.package.assets);
  assert.ok(Object.keys(assets).length >= 2);
  const dep = JSON.parse(pkg.resolved.dependencies[0].components);
  assert.ok(Object.keys(dep).length > 0);

  const types = new Set(pkg.assets.map((a) => a.type));
  assert.ok(types.has('image/png') && types.has('image/svg+xml') && types.has('font/svg'));
  for (const a of pkg.assets) {
    assert.ok(a.url.startsWith(`${server.url}/files/`), a.url);
    const res = await fetch(a.url);
    assert.equal(res.status, 200);
    assert.equal((await res.arrayBuffer()).byteLength, a.size, a.name);
  }

  const byId = await ask('ResolvedPackageData', { packageId: pkg.resolvedRef.dependencies[0] });
  assert.equal(byId.body.errors, undefined);
  assert.deepEqual(byId.body.data.resolvedPackageData, pkg.resolved.dependencies[0]);
  const unknown = await ask('ResolvedPackageData', { packageId: 'f'.repeat(64) });
  assert.deepEqual(codes(unknown.body), ['NOT_FOUND']);
});

test('components, assets, tags and contents of the project', async () => {
  const r = await ask('ProjectLibrary', { search: 'card', assetType: 'font/svg' });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  const d = r.body.data;
  assert.deepEqual(d.components.data.map((c) => c.name), ['ProductCard']);
  assert.ok(d.assets.data.length >= 1 && d.assets.data.every((a) => a.type === 'font/svg'));
  assert.ok(d.tags.data.length >= 1);
  assert.ok(d.contents.data.length >= 1 && d.contents.data.every((c) => c.locale === 'en-US'));
  const published = d.contents.data.find((c) => c.id === 'content-spring');
  assert.match(published.resolvedRef.package, /^[0-9a-f]{64}$/);
});
