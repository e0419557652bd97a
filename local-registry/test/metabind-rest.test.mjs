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
  const created = await rest('POST', url, { version: '2.0.0', metadata: { notes: 'from the test' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.version, '2.0.0');
  assert.match(created.body.id, /^[0-9a-f]{64}$/);

  const viaGql = await ask('PackageByVersion', { version: '2.0.0' }, DEMO_KEY);
  assert.equal(viaGql.body.errors, undefined);
  assert.equal(viaGql.body.data.package.id, created.body.id);
  assert.ok(viaGql.body.data.package.components.some((c) => c.name === 'ProductCard'));
  const list = await ask('Packages', { limit: 100 }, DEMO_KEY);
  assert.equal(list.body.data.packages.data[0].version, '2.0.0'); // newest first

  const again = await rest('POST', url, { version: '2.0.0' });
  assert.equal(again.status, 409);
  assert.equal(again.body.error.code, 'PACKAGE_VERSION_EXISTS');
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
  assert.equal((await rest('DELETE', `${url}/${id}`)).status, 204);
  const refused = await ask('Packages', { limit: 1 }, apiKey);
  assert.equal(refused.body.errors[0].extensions.code, 'UNAUTHORIZED');
  assert.equal((await rest('DELETE', `${url}/${id}`)).status, 404);
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
