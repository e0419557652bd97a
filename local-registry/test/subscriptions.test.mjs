// GraphQL subscriptions over graphql-transport-ws: Wasmer packageVersionCreated, Metabind contentUpdated
// and previewUpdated, fed by publishing; credentials in the connection_init payload; dropped sockets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { startServer, gql, loadOperation } from './helpers.mjs';
import { makeArchive, manifest, publishMultipart, WASM } from './wasmer-archive.mjs';

const WASMER_AUTH = { authorization: 'Bearer wasmer-demo-token' }; // demo values
const MB_PARAMS = { apiKey: 'mb-demo-key', organizationId: 'demo-org', projectId: 'demo-project' };
const PROJECT = '/metabind/app/v1/organizations/demo-org/projects/demo-project';
let server;
let jwt;
const clients = [];

before(async () => {
  server = await startServer({ seed: 'demo', faults: true, dialects: ['wasmer', 'metabind'] });
  const r = await fetch(`${server.url}/metabind/app/v1/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'demo@example.com', password: 'demo-password-1' }) });
  jwt = (await r.json()).token;
});
after(async () => {
  for (const c of clients) await c.dispose();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

function client(dialect, connectionParams = {}, extra = {}) {
  const c = createClient({ url: `${server.url.replace('http', 'ws')}/${dialect}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => {}, ...extra });
  clients.push(c);
  return c;
}

/** Subscribes and collects events; next(ms) waits for the next one (or rejects after ms). */
function subscribe(c, query, variables) {
  const events = [];
  const waiters = [];
  let failure = null;
  const dispose = c.subscribe({ query, variables }, {
    next: (v) => { if (waiters.length) waiters.shift().resolve(v); else events.push(v); },
    error: (e) => { failure = e; while (waiters.length) waiters.shift().reject(e); },
    complete: () => {},
  });
  return {
    dispose,
    next(ms = 2000) {
      if (events.length) return Promise.resolve(events.shift());
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        const w = { resolve: (v) => { clearTimeout(timer); resolve(v); }, reject: (e) => { clearTimeout(timer); reject(e); } };
        const timer = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`no event in ${ms} ms`)); }, ms);
        waiters.push(w);
      });
    },
    pending: () => events.length,
  };
}
const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms)); // lets a subscription reach the server

const rest = async (method, p, body) => {
  const res = await fetch(server.url + p, { method, headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};

const CREATED = `subscription Created($owner: ID, $by: ID) {
  packageVersionCreated(ownerId: $owner, publishedBy: $by) { version package { name } publishedBy { username } }
}`;

async function publishWasmer(name, version, extra = {}) {
  const archive = makeArchive({ 'wasmer.toml': manifest({ name, version }), 'hello.wasm': WASM, 'README.md': '#' });
  const r = await publishMultipart(server.url, loadOperation('wasmer', 'PublishPackage'),
    { name, version, manifest: manifest({ name, version }), ...extra }, archive, WASMER_AUTH);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
}

test('Wasmer packageVersionCreated: a publish reaches subscribers within 2 s, filtered by owner and visibility', async () => {
  const anon = client('wasmer');
  const all = subscribe(anon, CREATED, {});
  const wasmerOnly = subscribe(anon, CREATED, { owner: 'wasmer' });
  const byDemo = subscribe(client('wasmer', { Authorization: 'Bearer wasmer-demo-token' }), CREATED, { by: Buffer.from('User:demo').toString('base64') });
  await settle();
  const t0 = Date.now();
  await publishWasmer('demo/live', '1.0.0');
  const got = await all.next();
  assert.ok(Date.now() - t0 < 2000);
  assert.deepEqual(got.data.packageVersionCreated, { version: '1.0.0', package: { name: 'demo/live' }, publishedBy: { username: 'demo' } });
  assert.equal((await byDemo.next()).data.packageVersionCreated.version, '1.0.0');
  // A private package is announced only to who may see it.
  await publishWasmer('demo/secret', '1.0.0', { private: true });
  assert.equal((await byDemo.next()).data.packageVersionCreated.package.name, 'demo/secret');
  await settle(300);
  assert.equal(all.pending(), 0);
  assert.equal(wasmerOnly.pending(), 0);
});

test('Metabind contentUpdated needs the key in connection_init and follows content and package changes', async () => {
  // Without a key the subscription answers one result with the error, like a query would.
  const noKey = subscribe(client('metabind'), 'subscription { contentUpdated(id: "content-spring") { contentId } }');
  const refused = await noKey.next();
  assert.equal(refused.data ?? null, null);
  assert.equal(refused.errors[0].extensions.code, 'UNAUTHORIZED');

  const mb = client('metabind', MB_PARAMS);
  const spring = subscribe(mb, `subscription S($id: ID!) {
    contentUpdated(id: $id) { contentId action timestamp content { name tags } resolvedRef { package } }
  }`, { id: 'content-spring' });
  const draft = subscribe(mb, 'subscription { contentUpdated(id: "content-summer-draft") { contentId action resolvedRef { package } } }');
  await settle();
  const put = await rest('PUT', `${PROJECT}/content/content-spring`, { name: 'Spring, live' });
  assert.equal(put.status, 200);
  const u = (await spring.next()).data.contentUpdated;
  assert.equal(u.contentId, 'content-spring');
  assert.equal(u.action, 'updated');
  assert.equal(u.content.name, 'Spring, live');
  assert.match(u.resolvedRef.package, /^[0-9a-f]{64}$/);
  // Publishing 1.2.0, which the draft content waits for: its bundle moves from the draft to the new package.
  const pub = await rest('POST', `${PROJECT}/packages`, { version: '1.2.0' });
  assert.equal(pub.status, 201);
  const d = (await draft.next()).data.contentUpdated;
  assert.deepEqual(d, { contentId: 'content-summer-draft', action: 'packagePublished', resolvedRef: { package: pub.body.package.id } });
});

test('Metabind previews: a preview token opens preview(token) and previewUpdated(token)', async () => {
  const made = await rest('POST', `${PROJECT}/components/cmp-demo-project-hero-banner/preview`);
  assert.equal(made.status, 201);
  const token = made.body.token;
  const q = await gql(server.url, 'metabind', 'query P($t: String!) { preview(token: $t) { __typename ... on ComponentPreview { componentName component { title } resolvedRef { package } } } }', { t: token });
  assert.equal(q.body.errors, undefined, JSON.stringify(q.body.errors));
  assert.equal(q.body.data.preview.componentName, 'HeroBanner');
  assert.equal(q.body.data.preview.resolvedRef.package, 'draft:demo-project:demo-org');
  const bad = await gql(server.url, 'metabind', 'query { preview(token: "nope") { __typename } }');
  assert.equal(bad.body.errors[0].extensions.code, 'UNAUTHORIZED');

  const sub = subscribe(client('metabind'), `subscription U($t: String!) {
    previewUpdated(token: $t) { action preview { __typename ... on ComponentPreview { componentId component { title compiled } } } }
  }`, { t: token });
  await settle();
  const changed = await rest('PUT', `${PROJECT}/components/cmp-demo-project-hero-banner`, { title: 'Hero Banner 2' });
  assert.equal(changed.status, 200);
  const p = (await sub.next()).data.previewUpdated;
  assert.equal(p.action, 'updated');
  assert.equal(p.preview.componentId, 'cmp-demo-project-hero-banner');
  assert.equal(p.preview.component.title, 'Hero Banner 2');
  assert.match(p.preview.component.compiled, /HeroBanner/);
});

test('a dropped socket (control API) ends the connection; a new one subscribes again', async () => {
  let closed = 0;
  const c = client('wasmer', {}, { on: { closed: () => { closed++; } } });
  const sub = subscribe(c, CREATED, {});
  await settle();
  const open = await (await fetch(`${server.url}/_control/subscriptions`)).json();
  assert.ok(open.open >= 1);
  const drop = await (await fetch(`${server.url}/_control/subscriptions/drop`, { method: 'POST' })).json();
  assert.ok(drop.dropped >= 1);
  await assert.rejects(sub.next(3000));
  assert.ok(closed >= 1);
  const again = subscribe(client('wasmer'), CREATED, {});
  await settle();
  await publishWasmer('demo/after-drop', '1.0.0');
  assert.equal((await again.next()).data.packageVersionCreated.package.name, 'demo/after-drop');
});

test('only graphql-transport-ws is spoken; unknown paths are refused', async () => {
  const wrong = new WebSocket(`${server.url.replace('http', 'ws')}/wasmer/graphql`, 'graphql-ws');
  const outcome = await new Promise((resolve) => {
    wrong.on('close', (code) => resolve(code));
    wrong.on('error', () => resolve('error'));
  });
  assert.ok(outcome === 4406 || outcome === 1002 || outcome === 'error', String(outcome));
  const nowhere = new WebSocket(`${server.url.replace('http', 'ws')}/nowhere/graphql`, 'graphql-transport-ws');
  const code = await new Promise((resolve) => { nowhere.on('error', (e) => resolve(e.message)); nowhere.on('close', (c) => resolve(c)); });
  assert.match(String(code), /404/);
});
