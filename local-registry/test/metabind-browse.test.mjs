// Metabind: the docs-shaped endpoint (packages by page with a total), search and filters over
// components, assets and contents, component states, image assets, draft ids and the key check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, gql, loadOperation } from './helpers.mjs';

const KEY = { 'x-api-key': 'demo-org:demo-project:mb-demo-key' };
let server;
const ask = (name, variables, headers = KEY) => gql(server.url, 'metabind', loadOperation('metabind', name), variables, headers);
const data = async (name, variables, headers) => {
  const r = await ask(name, variables, headers);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data;
};
const codes = (body) => (body.errors ?? []).map((e) => e.extensions?.code);

before(async () => { server = await startServer({ seed: 'demo', dialects: ['metabind', 'metabind-docs'] }); });
after(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

// Written here, not in test/operations: it is valid only against the docs-shaped schema.
const DOCS_PACKAGES = `query GetPackages($page: Int, $limit: Int) {
  packages(page: $page, limit: $limit) { data { id version createdAt } pagination { page limit total pages } }
}`;

test('the docs-shaped endpoint pages packages by number with a total; both endpoints list the same rows', async () => {
  const intro = await gql(server.url, 'metabind-docs', '{ __type(name: "Query") { fields { name args { name } } } }');
  const args = intro.body.data.__type.fields.find((f) => f.name === 'packages').args.map((a) => a.name);
  assert.deepEqual(args.sort(), ['limit', 'page']);
  const pages = [];
  for (let page = 1; ; page++) {
    const r = await gql(server.url, 'metabind-docs', DOCS_PACKAGES, { page, limit: 2 }, KEY);
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const { data: rows, pagination } = r.body.data.packages;
    assert.deepEqual(pagination, { page, limit: 2, total: 3, pages: 2 });
    pages.push(...rows);
    if (page >= pagination.pages) break;
  }
  const cursor = (await data('Packages', { limit: 100 })).packages.data;
  assert.deepEqual(pages, cursor);
  assert.deepEqual(cursor.map((p) => p.version), ['1.1.0', '1.0.0', '0.9.0']);
  const beyond = await gql(server.url, 'metabind-docs', DOCS_PACKAGES, { page: 3, limit: 2 }, KEY);
  assert.deepEqual(beyond.body.data.packages.data, []);
  assert.deepEqual(codes((await gql(server.url, 'metabind-docs', DOCS_PACKAGES, { page: 0 }, KEY)).body), ['BAD_REQUEST']);
  assert.deepEqual(codes((await gql(server.url, 'metabind-docs', DOCS_PACKAGES, {}, {})).body), ['UNAUTHORIZED']);
  // The rest of the docs schema is the real one: package(version:) answers there too.
  const one = await gql(server.url, 'metabind-docs', loadOperation('metabind', 'PackageByVersion'), { version: '1.0.0' }, KEY);
  assert.equal(one.body.data.package.id, cursor[1].id);
});

test('components: search, state (published, modified, draft) and compiled or not', async () => {
  const all = (await data('Components', { limit: 100 })).components.data;
  const byName = Object.fromEntries(all.map((c) => [c.name, c]));
  assert.deepEqual(Object.keys(byName).sort(), ['ArticleLayout', 'HeroBanner', 'ProductCard', 'PromoStrip']);
  assert.equal(byName.ArticleLayout.status, 'published');
  assert.equal(byName.HeroBanner.status, 'published');
  assert.equal(byName.ProductCard.status, 'modified');
  assert.equal(byName.PromoStrip.status, 'draft');
  assert.equal(byName.PromoStrip.compiled, ''); // not compiled yet
  assert.match(byName.HeroBanner.compiled, /^"use strict";var HeroBanner=/);
  assert.match(byName.HeroBanner.content, /const properties/);
  assert.deepEqual((await data('Components', { search: 'promo' })).components.data.map((c) => c.name), ['PromoStrip']);
  // In a package every component is published and compiled.
  const pkg = (await data('PackageByVersion', { version: '1.1.0' })).package;
  assert.ok(pkg.components.every((c) => c.status === 'published' && c.compiled));
});

test('assets: type, tags, search, filter operators and sort; image assets are real PNGs of their stated size', async () => {
  const names = async (vars) => (await data('Assets', { limit: 100, ...vars })).assets.data.map((a) => a.name);
  assert.deepEqual(await names({ type: 'image/png' }), ['hero-banner.png', 'product-placeholder.png']);
  assert.deepEqual(await names({ tags: ['marketing'] }), ['brand-logo.svg', 'hero-banner.png', 'promo-truck.json']);
  assert.deepEqual(await names({ search: 'logo' }), ['brand-logo.svg']);
  assert.deepEqual(await names({ filter: { type: { like: 'image/%' } } }), ['brand-logo.svg', 'hero-banner.png', 'product-placeholder.png']);
  assert.deepEqual(await names({ filter: { width: { gte: 100 } } }), ['brand-logo.svg', 'hero-banner.png']);
  assert.deepEqual(await names({ filter: { tags: { any: ['hero', 'commerce'] }, type: { ne: 'image/svg+xml' } } }), ['hero-banner.png', 'product-placeholder.png']);
  assert.deepEqual(await names({ filter: { name: { in: ['promo-truck.json'] } } }), ['promo-truck.json']);
  const bySize = (await data('Assets', { limit: 100, sort: [{ field: 'size', order: 'DESC' }] })).assets.data.map((a) => a.size);
  assert.deepEqual(bySize, [...bySize].sort((a, b) => b - a));
  // Sorted lists page with their cursor too.
  const first = (await data('Assets', { limit: 2, sort: [{ field: 'size', order: 'DESC' }] })).assets;
  const rest = (await data('Assets', { limit: 100, cursor: first.pagination.cursor, sort: [{ field: 'size', order: 'DESC' }] })).assets;
  assert.deepEqual([...first.data, ...rest.data].map((a) => a.size), bySize);
  assert.deepEqual(codes((await ask('Assets', { sort: [{ field: 'secret', order: 'ASC' }] })).body), ['BAD_REQUEST']);

  const pngs = (await data('Assets', { type: 'image/png' })).assets.data;
  for (const a of pngs) {
    const res = await fetch(a.url);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(body.length, a.size);
    assert.equal(body.toString('latin1', 1, 4), 'PNG');
    assert.equal(body.readUInt32BE(16), a.width);
    assert.equal(body.readUInt32BE(20), a.height);
  }
});

test('contents: search, tags and filters; content bound to an unpublished version resolves to the draft', async () => {
  const names = async (vars) => (await data('Contents', { limit: 100, ...vars })).contents.data.map((c) => c.id);
  assert.deepEqual(await names({ search: 'spring' }), ['content-spring']);
  assert.deepEqual(await names({ tags: ['editorial', 'marketing'] }), ['content-spring']);
  assert.deepEqual(await names({ filter: { locale: { eq: 'de-DE' } } }), ['content-fruehling']);
  assert.deepEqual(await names({ filter: { createdAt: { gte: '2025-03-06T00:00:00Z' }, tags: { nin: ['marketing'] } } }), ['content-trail-runner', 'content-fruehling']);
  assert.deepEqual(await names({ sort: [{ field: 'name', order: 'ASC' }], filter: { name: { like: '%(draft)' } } }), ['content-summer-draft']);
  const all = (await data('Contents', { limit: 100 })).contents.data;
  const draft = all.find((c) => c.id === 'content-summer-draft');
  assert.equal(draft.packageVersion, '1.2.0');
  assert.equal(draft.resolvedRef.package, 'draft:demo-project:demo-org');
  assert.equal(draft.resolvedPackage.package.id, 'draft:demo-project:demo-org');
  // The draft bundle is the project as it is now: PromoStrip, compiled for the occasion.
  assert.match(JSON.parse(draft.resolvedPackage.package.components).PromoStrip, /^"use strict";var PromoStrip=/);
  const spring = all.find((c) => c.id === 'content-spring');
  assert.match(spring.resolvedRef.package, /^[0-9a-f]{64}$/); // a published package: its content hash
  const byDraftId = await data('ResolvedPackageData', { packageId: 'draft:demo-project:demo-org' });
  assert.equal(byDraftId.resolvedPackageData.version, 'draft');
  const foreign = await ask('ResolvedPackageData', { packageId: 'draft:demo-ui-kit:demo-org' });
  assert.deepEqual(codes(foreign.body), ['FORBIDDEN']);
});

test('the cheapest key check: a valid key answers data, a wrong one UNAUTHORIZED with data null', async () => {
  assert.deepEqual(await data('KeyCheck'), { tags: { pagination: { hasMore: true } } });
  for (const headers of [{ 'x-api-key': 'demo-org:demo-project:wrong-key' }, {}]) {
    const r = await ask('KeyCheck', undefined, headers);
    assert.equal(r.status, 200);
    assert.equal(r.body.data, null);
    assert.deepEqual(codes(r.body), ['UNAUTHORIZED']);
    assert.match(r.body.errors[0].message, /api.key/i);
  }
});
