// Metabind REST: login, publishing a package, API keys; and that no secret is stored in plain text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, gql, loadOperation } from './helpers.mjs';

const BASE = '/metabind/app/v1';
const PROJECT = `${BASE}/organizations/demo-org/projects/demo-project`;
let server;
let token;
const secrets = ['mb-demo-key', 'demo-password-1'];

async function rest(method, p, body, bearer = token) {
  const headers = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(server.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
const ask = (name, variables, key) => gql(server.url, 'metabind', loadOperation('metabind', name), variables, { 'x-api-key': key });
const DEMO_KEY = 'demo-org:demo-project:mb-demo-key';

before(async () => {
  server = await startServer({ seed: 'demo', dialects: ['metabind'] });
  const r = await rest('POST', `${BASE}/auth/login`, { email: 'demo@example.com', password: 'demo-password-1' }, null);
  assert.equal(r.status, 200);
  token = r.body.token;
  assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
  secrets.push(token, token.split('.')[2]);
});
after(async () => { await server?.stop(); });

test('login refuses a wrong password', async () => {
  const r = await rest('POST', `${BASE}/auth/login`, { email: 'demo@example.com', password: 'nope' }, null);
  assert.equal(r.status, 401);
  assert.equal(r.body.error.code, 'INVALID_CREDENTIALS');
});

test('the signed-in user\'s organizations and their projects, for a client to pick from', async () => {
  const r = await rest('GET', `${BASE}/organizations`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.data.map((o) => o.id), ['demo-org']);
  const projects = r.body.data[0].projects.map((p) => p.id);
  for (const id of ['demo-empty', 'demo-project', 'demo-ui-kit']) assert.ok(projects.includes(id), id);
  assert.equal(r.body.data[0].projects.find((p) => p.id === 'demo-project').name, 'Demo Storefront');
  assert.equal((await rest('GET', `${BASE}/organizations`, undefined, null)).status, 401);
  assert.equal((await rest('POST', `${BASE}/organizations`, {})).status, 405);
});

test('publishing a package', async () => {
  const url = `${PROJECT}/packages`;
  assert.equal((await rest('POST', url, { version: '2.0.0' }, null)).status, 401);
  assert.equal((await rest('POST', url, { version: '2.0.0' }, 'not.a.jwt')).status, 401);
  const forged = `${token.split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`;
  assert.equal((await rest('POST', url, { version: '2.0.0' }, forged)).status, 401);
  const otherOrg = await rest('POST', `${BASE}/organizations/other-org/projects/demo-project/packages`, { version: '2.0.0' });
  assert.equal(otherOrg.status, 403);
  assert.equal(otherOrg.body.error.code, 'FORBIDDEN');

  for (const version of ['2.0', 'v2.0.0', '', 'latest']) {
    const bad = await rest('POST', url, { version });
    assert.equal(bad.status, 400, version);
    assert.equal(bad.body.error.code, 'INVALID_VERSION');
  }
  const lower = await rest('POST', url, { version: '1.0.1' });
  assert.equal(lower.status, 400);
  assert.equal(lower.body.error.code, 'INVALID_VERSION');
  assert.equal(lower.body.error.details.latest, '1.1.0');
  const created = await rest('POST', url, { version: '2.0.0', metadata: { notes: 'from the test' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const pkg = created.body.package;
  assert.equal(pkg.version, '2.0.0');
  assert.match(pkg.id, /^[0-9a-f]{64}$/);
  assert.equal(pkg.metadata.notes, 'from the test');
  // What packaging changed: PromoStrip new (draft -> version 1), ProductCard modified (version 3), the rest unchanged.
  const v = created.body.validation;
  assert.deepEqual(v.componentChanges, { added: ['cmp-demo-project-promo-strip'], updated: ['cmp-demo-project-product-card'], deleted: [] });
  assert.deepEqual(v.statusChanges.draft, ['cmp-demo-project-promo-strip']);
  assert.deepEqual(v.versionIncrements['cmp-demo-project-product-card'], { from: 2, to: 3 });
  assert.deepEqual(v.versionIncrements['cmp-demo-project-promo-strip'], { from: null, to: 1 });
  assert.ok(pkg.components.every((c) => c.compiled)); // packaging compiled PromoStrip

  const viaGql = await ask('PackageByVersion', { version: '2.0.0' }, DEMO_KEY);
  assert.equal(viaGql.body.errors, undefined);
  assert.equal(viaGql.body.data.package.id, pkg.id);
  assert.ok(viaGql.body.data.package.components.some((c) => c.name === 'ProductCard'));
  const list = await ask('Packages', { limit: 100 }, DEMO_KEY);
  assert.equal(list.body.data.packages.data[0].version, '2.0.0'); // newest first

  const again = await rest('POST', url, { version: '2.0.0' });
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'PACKAGE_VERSION_EXISTS');
  assert.deepEqual(again.body.error.details, { version: '2.0.0' });
  const empty = await rest('POST', `${BASE}/organizations/demo-org/projects/demo-empty/packages`, { version: '1.0.0' });
  assert.equal(empty.status, 400);
  assert.equal(empty.body.error.code, 'NO_COMPONENTS_TO_PACKAGE');
});

test('API keys: shown once, unique names, usable, revocable', async () => {
  const url = `${PROJECT}/api-keys`;
  assert.equal((await rest('POST', url, { name: 'ci' }, null)).status, 401);
  const created = await rest('POST', url, { name: 'ci' });
  assert.equal(created.status, 201);
  const { id, key, apiKey } = created.body;
  assert.ok(id && key && apiKey.endsWith(`:${key}`));
  secrets.push(key);

  const listed = await rest('GET', url);
  assert.equal(listed.status, 200);
  assert.ok(listed.body.data.some((k) => k.id === id && k.name === 'ci'));
  assert.ok(!JSON.stringify(listed.body).includes(key), 'a listed key must not show its secret');

  const dup = await rest('POST', url, { name: 'ci' });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.error.code, 'NAME_ALREADY_EXISTS');

  for (const header of [apiKey, key]) {
    const r = await ask('Packages', { limit: 1 }, header);
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  }
  const del = await rest('DELETE', `${url}/${id}`);
  assert.deepEqual([del.status, del.body], [200, { message: 'API key successfully deleted', id }]);
  const refused = await ask('Packages', { limit: 1 }, apiKey);
  assert.equal(refused.body.errors[0].extensions.code, 'UNAUTHORIZED');
  const twice = await rest('DELETE', `${url}/${id}`);
  assert.deepEqual([twice.status, twice.body.error.code], [404, 'APIKEY_NOT_FOUND']);
});

test('login answers the expiry; an expired token is refused with a message saying so', async () => {
  const r = await rest('POST', `${BASE}/auth/login`, { email: 'demo@example.com', password: 'demo-password-1' }, null);
  assert.equal(r.body.expiresIn, 24 * 3600);
  const exp = JSON.parse(Buffer.from(r.body.token.split('.')[1], 'base64url').toString()).exp;
  assert.equal(r.body.expiresAt, new Date(exp * 1000).toISOString());
  // Needs --faults (a server of its own): make the next tokens last one second.
  const srv = await startServer({ seed: 'demo', dialects: ['metabind'], faults: true });
  try {
    const ttl = await fetch(`${srv.url}/_control/metabind/token-ttl`, { method: 'POST', body: JSON.stringify({ seconds: 1 }) });
    assert.equal(ttl.status, 200);
    const login = await fetch(`${srv.url}${BASE}/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password-1' }) });
    const short = (await login.json()).token;
    const list = () => fetch(`${srv.url}${PROJECT}/api-keys`, { headers: { authorization: `Bearer ${short}` } });
    assert.equal((await list()).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const late = await list();
    assert.equal(late.status, 401);
    assert.deepEqual((await late.json()).error, { code: 'UNAUTHORIZED', message: 'The token has expired: sign in again' });
  } finally {
    await srv.stop();
    fs.rmSync(srv.dataDir, { recursive: true, force: true });
  }
});

test('API keys: listed with status and paging, revoked with PUT status "revoked", refused afterwards', async () => {
  const url = `${PROJECT}/api-keys`;
  const made = [];
  for (const name of ['app-ios', 'app-android', 'app-web']) made.push((await rest('POST', url, { name })).body);
  for (const k of made) secrets.push(k.key);
  const custom = await rest('POST', url, { name: 'custom', apiKey: 'my-own-key-0123456789' });
  assert.equal(custom.body.key, 'my-own-key-0123456789');
  secrets.push('my-own-key-0123456789');
  assert.equal((await ask('KeyCheck', undefined, 'demo-org:demo-project:my-own-key-0123456789')).body.errors, undefined);

  const page1 = await rest('GET', `${url}?limit=2`);
  assert.equal(page1.body.data.length, 2);
  assert.ok(page1.body.pagination.lastKey);
  const page2 = await rest('GET', `${url}?limit=100&lastKey=${page1.body.pagination.lastKey}`);
  assert.equal(page2.body.pagination.lastKey, undefined);
  const all = [...page1.body.data, ...page2.body.data];
  assert.equal(new Set(all.map((k) => k.id)).size, all.length);
  assert.ok(all.every((k) => k.status === 'active' && k.projectId === 'demo-project' && !('key' in k) && !('hash' in k)));

  const target = made[1];
  assert.equal((await ask('KeyCheck', undefined, target.apiKey)).body.errors, undefined);
  const revoked = await rest('PUT', `${url}/${target.id}`, { status: 'revoked' });
  assert.equal(revoked.status, 200);
  assert.equal(revoked.body.status, 'revoked');
  assert.ok(!('key' in revoked.body));
  const refused = await ask('KeyCheck', undefined, target.apiKey);
  assert.deepEqual(refused.body.errors.map((e) => e.extensions.code), ['UNAUTHORIZED']);
  const onlyRevoked = await rest('GET', `${url}?status=revoked`);
  assert.deepEqual(onlyRevoked.body.data.map((k) => k.id), [target.id]);
  assert.equal((await rest('GET', `${url}?status=maybe`)).status, 400);
  // Active again, and renamed; a taken name is refused.
  const back = await rest('PUT', `${url}/${target.id}`, { status: 'active', name: 'app-android-2' });
  assert.deepEqual([back.body.status, back.body.name], ['active', 'app-android-2']);
  assert.equal((await ask('KeyCheck', undefined, target.apiKey)).body.errors, undefined);
  assert.equal((await rest('PUT', `${url}/${target.id}`, { name: 'app-ios' })).body.error.code, 'NAME_ALREADY_EXISTS');
  assert.equal((await rest('PUT', `${url}/nope`, { status: 'revoked' })).status, 404);
  // lastUsed is recorded when a key is used.
  const used = (await rest('GET', `${url}?limit=100`)).body.data.find((k) => k.id === target.id);
  assert.ok(used.lastUsed);
});

test('the project as the next package would hold it: components and assets over REST; content updates', async () => {
  const comps = await rest('GET', `${PROJECT}/components?limit=100`);
  assert.equal(comps.status, 200);
  assert.ok(comps.body.data.some((c) => c.name === 'PromoStrip'));
  // The status GraphQL gives them, compared with the newest package (an earlier test published one): not the
  // stored row's "draft".
  const status = Object.fromEntries(comps.body.data.map((c) => [c.name, c.status]));
  for (const s of Object.values(status)) assert.ok(['draft', 'modified', 'published'].includes(s), s);
  assert.equal(status.ArticleLayout, 'published');
  const assets = await rest('GET', `${PROJECT}/assets?limit=100`);
  const truck = assets.body.data.find((a) => a.name === 'promo-truck.json');
  assert.equal(truck.type, 'application/json');
  const file = await fetch(truck.url);
  assert.equal((await file.arrayBuffer()).byteLength, truck.size);
  assert.equal((await rest('GET', `${PROJECT}/components`, undefined, null)).status, 401);

  const updated = await rest('PUT', `${PROJECT}/content/content-spring`, { name: 'Spring collection, updated', tags: ['editorial'] });
  assert.equal(updated.status, 200);
  assert.equal(updated.body.name, 'Spring collection, updated');
  assert.equal(updated.body.lastPublishedVersion, 2);
  assert.equal((await rest('PUT', `${PROJECT}/content/nope`, { name: 'x' })).status, 404);
  assert.equal((await rest('PUT', `${PROJECT}/content/content-spring`, { tags: 'x' })).status, 400);
});

test('after a restart tokens and published packages remain; no secret is stored in plain text', async () => {
  await server.stop();
  server = await startServer({ dataDir: server.dataDir, dialects: ['metabind'] });
  const r = await rest('POST', `${PROJECT}/packages`, { version: '2.0.0' });
  assert.equal(r.body.error.code, 'PACKAGE_VERSION_EXISTS'); // the token still verifies, the package is still there
  await server.stop();

  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p); else files.push(p);
    }
  };
  walk(server.dataDir);
  assert.ok(files.length > 0);
  for (const f of files) {
    const text = fs.readFileSync(f, 'latin1');
    for (const s of secrets) assert.ok(!text.includes(s), `${path.basename(f)} holds a secret in plain text`);
  }
});
