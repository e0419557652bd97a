// DataPM dialect over HTTP: browsing, privacy, sign-in, API keys and the secrets kept on disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './helpers.mjs';
import { op, login, bearer, apiKeyHeader, ALL_SCOPES, removeData } from './datapm-fixtures.mjs';

let srv;
before(async () => { srv = await startServer({ seed: 'demo' }); });
after(async () => { await srv?.stop(); removeData(srv); });

const PRIVATE = { catalogSlug: 'demo', packageSlug: 'household-budget' };

test('registryStatus answers like a DataPM server', async () => {
  const r = await op(srv.url, 'RegistryStatus');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.data.registryStatus, { status: 'SERVING_REQUESTS', version: '0.32.47', registryUrl: `${srv.url}/datapm` });
});

test('anonymous callers cannot see the private package', async () => {
  const r = await op(srv.url, 'PackageDetails', { identifier: PRIVATE });
  assert.equal(r.status, 200);
  assert.equal(r.body.data, null);
  assert.equal(r.body.errors[0].message, 'NOT_AUTHENTICATED');
  assert.equal(r.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const s = await op(srv.url, 'SearchPackages', { query: 'household', offSet: 0, limit: 10 });
  assert.equal(s.body.data.searchPackages.count, 0);
  // The owner sees it, in package() and in search; another user is told NOT_AUTHORIZED.
  const mine = await op(srv.url, 'PackageDetails', { identifier: PRIVATE }, bearer(await login(srv.url)));
  assert.equal(mine.body.data.package.isPublic, false);
  const found = await op(srv.url, 'SearchPackages', { query: 'household', offSet: 0, limit: 10 }, bearer(await login(srv.url)));
  assert.equal(found.body.data.searchPackages.count, 1);
  const alice = await op(srv.url, 'PackageDetails', { identifier: PRIVATE }, bearer(await login(srv.url, 'alice', 'alice-password-1')));
  assert.equal(alice.body.errors[0].message, 'NOT_AUTHORIZED');
  assert.equal(alice.body.errors[0].extensions.code, 'FORBIDDEN');
});

test('a missing package says PACKAGE_NOT_FOUND with code INTERNAL_SERVER_ERROR', async () => {
  const r = await op(srv.url, 'PackageDetails', { identifier: { catalogSlug: 'noaa', packageSlug: 'nope' } });
  assert.equal(r.body.errors[0].message, 'PACKAGE_NOT_FOUND - noaa/nope');
  assert.equal(r.body.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
});

test('a seeded package has versions, a README and licence in its package file', async () => {
  const r = await op(srv.url, 'PackageDetails', { identifier: { catalogSlug: 'noaa', packageSlug: 'hurricane-tracks' } });
  const p = r.body.data.package;
  assert.equal(p.identifier.registryURL, `${srv.url}/datapm`);
  assert.ok(p.versions.length >= 3);
  assert.equal(new Set(p.versions.map((v) => v.createdAt)).size, p.versions.length);
  const file = JSON.parse(p.latestVersion.packageFile);
  assert.match(file.readmeMarkdown, /^# /m);
  assert.match(file.readmeMarkdown, /```/);
  assert.ok(file.licenseMarkdown.length > 0);
  const csv = await fetch(`${srv.url}/files/demo/world-cities.csv`);
  assert.equal(csv.status, 200);
  assert.match((await csv.text()).split('\n')[0], /^name,country,population$/);
});

test('search matches substrings of names and words of READMEs, pages without duplicates', async () => {
  const ids = async (query) => {
    const r = await op(srv.url, 'SearchPackages', { query, offSet: 0, limit: 100 });
    return r.body.data.searchPackages.packages.map((p) => `${p.identifier.catalogSlug}/${p.identifier.packageSlug}`).sort();
  };
  const py = await ids('py'), pyt = await ids('pyt');
  assert.ok(pyt.length > 0 && py.length > pyt.length, 'a future GUI test needs "py" and "pyt" to differ');
  assert.deepEqual(await ids('noaa/hurricane'), ['noaa/hurricane-tracks']); // catalog/package substring
  assert.ok((await ids('hurricanes')).includes('noaa/hurricane-tracks')); // a stemmed word of the description
  assert.ok((await ids('methodology')).length > 10); // a word only in READMEs
  const seen = [];
  for (let offSet = 0; ; offSet += 7) {
    const r = await op(srv.url, 'SearchPackages', { query: 'data', offSet, limit: 7 });
    const page = r.body.data.searchPackages;
    seen.push(...page.packages.map((p) => `${p.identifier.catalogSlug}/${p.identifier.packageSlug}`));
    if (!page.hasMore) { assert.equal(seen.length, page.count); break; }
  }
  assert.equal(new Set(seen).size, seen.length);
  assert.ok(seen.length >= 20, `${seen.length}`);
});

test('an empty or blank query answers nothing, as the real server does', async () => {
  for (const query of ['', '   ']) {
    const p = (await op(srv.url, 'SearchPackages', { query, offSet: 0, limit: 10 })).body.data.searchPackages;
    assert.deepEqual(p, { hasMore: false, count: 0, packages: [] });
    const c = (await op(srv.url, 'SearchCatalogs', { query, offSet: 0, limit: 10 })).body.data.searchCatalogs;
    assert.equal(c.count, 0);
    assert.deepEqual(c.catalogs, []);
    const l = (await op(srv.url, 'SearchCollections', { query, offset: 0, limit: 10 })).body.data.searchCollections;
    assert.deepEqual(l, { count: 0, hasMore: false, collections: [] });
  }
});

test('latestCollections lists the public collections newest first, paged', async () => {
  const all = (await op(srv.url, 'LatestCollections', { offset: 0, limit: 10 })).body.data.latestCollections;
  assert.equal(all.count, 2);
  assert.equal(all.hasMore, false);
  assert.deepEqual(all.collections.map((c) => c.identifier.collectionSlug), ['economic-indicators', 'climate-and-weather']);
  const times = all.collections.map((c) => Date.parse(c.createdAt));
  assert.ok(times[0] > times[1]);
  const first = (await op(srv.url, 'LatestCollections', { offset: 0, limit: 1 })).body.data.latestCollections;
  assert.equal(first.hasMore, true);
  const second = (await op(srv.url, 'LatestCollections', { offset: 1, limit: 1 })).body.data.latestCollections;
  assert.equal(second.hasMore, false);
  assert.equal(second.collections[0].identifier.collectionSlug, 'climate-and-weather');
});

test('userPackages lists what a user created that the caller may see, newest first', async () => {
  const anon = (await op(srv.url, 'UserPackages', { username: 'demo', offSet: 0, limit: 50 })).body.data.userPackages;
  assert.ok(!anon.packages.some((p) => p.identifier.packageSlug === 'household-budget'), 'private package shown to anyone');
  const jwt = await login(srv.url);
  const mine = (await op(srv.url, 'UserPackages', { username: 'demo', offSet: 0, limit: 50 }, bearer(jwt))).body.data.userPackages;
  assert.ok(mine.packages.some((p) => p.identifier.packageSlug === 'household-budget'));
  const curator = (await op(srv.url, 'UserPackages', { username: 'curator', offSet: 0, limit: 5 })).body.data.userPackages;
  assert.equal(curator.packages.length, 5);
  assert.equal(curator.hasMore, true);
  const times = curator.packages.map((p) => Date.parse(p.updatedAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
  const nobody = await op(srv.url, 'UserPackages', { username: 'nobody-here', offSet: 0, limit: 5 });
  assert.match(nobody.body.errors[0].message, /^USER_NOT_FOUND/);
});

test('latestPackages is newest first', async () => {
  const r = await op(srv.url, 'LatestPackages', { offSet: 0, limit: 50 });
  const times = r.body.data.latestPackages.packages.map((p) => Date.parse(p.updatedAt));
  assert.ok(times.length >= 30);
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
});

test('catalogs, collections, users and autoComplete', async () => {
  const cats = await op(srv.url, 'SearchCatalogs', { query: 'data', offSet: 0, limit: 50 });
  const slugs = cats.body.data.searchCatalogs.catalogs.map((c) => c.identifier.catalogSlug);
  for (const s of ['worldbank', 'opendata']) assert.ok(slugs.includes(s), slugs.join());
  const pkgs = await op(srv.url, 'CatalogPackages', { identifier: { catalogSlug: 'noaa' }, offset: 0, limit: 5 });
  assert.equal(pkgs.body.data.catalogPackages.length, 5);
  const cols = await op(srv.url, 'SearchCollections', { query: 'e', offset: 0, limit: 10 });
  assert.equal(cols.body.data.searchCollections.count, 2);
  const slug = cols.body.data.searchCollections.collections[0].identifier.collectionSlug;
  const col = await op(srv.url, 'CollectionPackages', { identifier: { collectionSlug: slug }, offset: 0, limit: 50 });
  assert.ok(col.body.data.collectionPackages.length > 0);
  const u = await op(srv.url, 'UserProfile', { username: 'alice' });
  assert.equal(u.body.data.user.username, 'alice');
  assert.equal(u.body.data.user.emailAddress, null);
  const ac = await op(srv.url, 'AutoComplete', { startsWith: 'hurr' });
  assert.equal(ac.body.data.autoComplete.packages[0].identifier.packageSlug, 'hurricane-tracks');
  const missing = await op(srv.url, 'CatalogDetails', { identifier: { catalogSlug: 'nope' } });
  assert.match(missing.body.errors[0].message, /^CATALOG_NOT_FOUND/);
});

test('login, me and credential errors', async () => {
  const wrong = await op(srv.url, 'Login', { username: 'demo', password: 'not-it' });
  assert.equal(wrong.status, 200);
  assert.equal(wrong.body.errors[0].message, 'WRONG_CREDENTIALS');
  const jwt = await login(srv.url);
  const me = await op(srv.url, 'Me', undefined, bearer(jwt));
  assert.equal(me.body.data.me.user.username, 'demo');
  assert.equal(me.body.data.me.isAdmin, false);
  const anon = await op(srv.url, 'Me');
  assert.equal(anon.status, 200);
  assert.equal(anon.body.data, null);
  assert.equal(anon.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const ignored = await op(srv.url, 'Me', undefined, { authorization: jwt }); // no "Bearer ": anonymous
  assert.equal(ignored.body.errors[0].message, 'NOT_AUTHENTICATED');
  const bad = await op(srv.url, 'Me', undefined, bearer('not-a-jwt'));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].message, 'Context creation failed: invalid token');
  const forged = await op(srv.url, 'Me', undefined, bearer(`${jwt.slice(0, -4)}AAAA`));
  assert.equal(forged.status, 400);
  assert.equal(forged.body.errors[0].extensions.code, 'INVALID_AUTHENTICATION');
});

test('a wrong X-API-Key fails the whole request with HTTP 400', async () => {
  const r = await op(srv.url, 'SearchPackages', { query: '', offSet: 0, limit: 1 }, apiKeyHeader('no-such-id', 'secret'));
  assert.equal(r.status, 400);
  assert.deepEqual(r.body, { errors: [{ message: 'Context creation failed: API_KEY_NOT_FOUND', extensions: { code: 'UNAUTHENTICATED' } }] });
  const notBase64 = await op(srv.url, 'RegistryStatus', undefined, { 'x-api-key': '%%% not base64 %%%' });
  assert.equal(notBase64.status, 500);
});

test('API keys: create, list, use, delete', async () => {
  const auth = bearer(await login(srv.url));
  const few = await op(srv.url, 'CreateAPIKey', { value: { label: 'few', scopes: ['MANAGE_API_KEYS'] } }, auth);
  assert.equal(few.body.errors[0].message, 'ALL_SCOPES_REQUIRED');
  const made = await op(srv.url, 'CreateAPIKey', { value: { label: 'laptop', scopes: ALL_SCOPES } }, auth);
  const key = made.body.data.createAPIKey;
  assert.equal(key.createdAt, null);
  assert.deepEqual(key.scopes, ALL_SCOPES);
  const again = await op(srv.url, 'CreateAPIKey', { value: { label: 'laptop', scopes: ALL_SCOPES } }, auth);
  assert.equal(again.body.errors[0].message, 'APIKEY_LABEL_NOT_AVIALABLE');
  const withKey = apiKeyHeader(key.id, key.secret);
  const me = await op(srv.url, 'Me', undefined, withKey);
  assert.equal(me.body.data.me.user.username, 'demo');
  // X-API-Key is read before Authorization.
  const both = await op(srv.url, 'Me', undefined, { ...withKey, ...bearer('garbage') });
  assert.equal(both.status, 200);
  const list = await op(srv.url, 'MyAPIKeys', undefined, withKey);
  const listed = list.body.data.myAPIKeys.find((k) => k.id === key.id);
  assert.equal(listed.label, 'laptop');
  assert.ok(listed.createdAt && listed.lastUsed);
  assert.ok(!('secret' in listed));
  const alice = bearer(await login(srv.url, 'alice', 'alice-password-1'));
  const stolen = await op(srv.url, 'DeleteAPIKey', { id: key.id }, alice);
  assert.match(stolen.body.errors[0].message, /^Failed to get api id/);
  const del = await op(srv.url, 'DeleteAPIKey', { id: key.id }, auth);
  assert.equal(del.body.data.deleteAPIKey.id, key.id);
  const twice = await op(srv.url, 'DeleteAPIKey', { id: key.id }, auth);
  assert.match(twice.body.errors[0].message, /^Failed to get api id/);
  assert.equal(twice.body.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
  const gone = await op(srv.url, 'Me', undefined, withKey);
  assert.equal(gone.status, 400);
  assert.equal(gone.body.errors[0].message, 'Context creation failed: API_KEY_NOT_FOUND');
});

test('no secret is stored in plain text in the data folder', async () => {
  const auth = bearer(await login(srv.url));
  const key = (await op(srv.url, 'CreateAPIKey', { value: { label: 'disk-check', scopes: ALL_SCOPES } }, auth)).body.data.createAPIKey;
  const wire = apiKeyHeader(key.id, key.secret)['x-api-key'];
  await op(srv.url, 'Me', undefined, { 'x-api-key': wire });
  const jwt = auth.authorization.slice(7);
  const secrets = [key.secret, wire, jwt, 'demo-password-1', 'alice-password-1'];
  const files = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } };
  walk(srv.dataDir);
  assert.ok(files.length > 0);
  for (const f of files) {
    const text = fs.readFileSync(f, 'latin1');
    for (const s of secrets) assert.ok(!text.includes(s), `${path.relative(srv.dataDir, f)} contains a secret`);
  }
});
