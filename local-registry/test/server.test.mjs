// GraphQL over HTTP, REST routing and file serving of the core server, against the fixture dialect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, gql, FIXTURE_DIALECT } from './helpers.mjs';

let server;
before(async () => { server = await startServer({ seed: 'demo', dialects: [`fixture=${FIXTURE_DIALECT}`] }); });
after(async () => { await server?.stop(); });

test('POST JSON: data, and execution errors at HTTP 200 with codes', async () => {
  const ok = await gql(server.url, 'fixture', 'query Hi($n: String) { hello(name: $n) }', { n: 'depot' });
  assert.equal(ok.status, 200);
  assert.match(ok.headers.get('content-type'), /^application\/json/);
  assert.deepEqual(ok.body, { data: { hello: 'hello depot' } });

  const bad = await gql(server.url, 'fixture', '{ boom fail hello }');
  assert.equal(bad.status, 200);
  assert.deepEqual(bad.body.data, { boom: null, fail: null, hello: 'hello world' });
  const [boom, fail] = bad.body.errors;
  assert.deepEqual(boom.path, ['boom']);
  assert.deepEqual(boom.locations, [{ line: 1, column: 3 }]);
  assert.equal(boom.extensions.code, 'INTERNAL_SERVER_ERROR');
  assert.equal(fail.message, 'NOPE - not allowed');
  assert.deepEqual(fail.extensions, { code: 'FORBIDDEN', reason: 'test' });
});

test('request errors are HTTP 400 with Apollo codes and no data key', async () => {
  const syntax = await gql(server.url, 'fixture', '{ hello(');
  assert.equal(syntax.status, 400);
  assert.equal(syntax.body.errors[0].extensions.code, 'GRAPHQL_PARSE_FAILED');
  assert.ok(!('data' in syntax.body));

  const invalid = await gql(server.url, 'fixture', '{ nope }');
  assert.equal(invalid.status, 400);
  assert.equal(invalid.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');

  const coercion = await gql(server.url, 'fixture', 'query E($v: Even!) { even(value: $v) }', { v: 3 });
  assert.equal(coercion.status, 400);
  assert.equal(coercion.body.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.match(coercion.body.errors[0].message, /^Variable "\$v" got invalid value 3.*EVEN_NUMBER_REQUIRED/);

  const missing = await gql(server.url, 'fixture', 'query N($k: String!) { note(key: $k) { value } }', {});
  assert.equal(missing.status, 400);
  assert.equal(missing.body.errors[0].extensions.code, 'BAD_USER_INPUT');

  const context = await gql(server.url, 'fixture', '{ hello }', undefined, { 'x-fixture-key': 'wrong' });
  assert.equal(context.status, 400);
  assert.deepEqual(context.body, { errors: [{ message: 'Context creation failed: API_KEY_NOT_FOUND', extensions: { code: 'UNAUTHENTICATED' } }] });

  const notJson = await fetch(`${server.url}/fixture/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
  assert.equal(notJson.status, 400);
  assert.equal((await notJson.json()).errors[0].extensions.code, 'BAD_REQUEST');
});

test('GET runs queries and refuses mutations', async () => {
  const q = new URLSearchParams({ query: 'query G($n: String) { hello(name: $n) }', variables: '{"n":"get"}', operationName: 'G' });
  const res = await fetch(`${server.url}/fixture/graphql?${q}`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { data: { hello: 'hello get' } });
  const m = new URLSearchParams({ query: 'mutation { setNote(key: "x", value: "y") { key } }' });
  const refused = await fetch(`${server.url}/fixture/graphql?${m}`);
  assert.equal(refused.status, 405);
});

test('mutations are durable and introspection works', async () => {
  const set = await gql(server.url, 'fixture', 'mutation { setNote(key: "k1", value: "v1") { key value } }');
  assert.deepEqual(set.body, { data: { setNote: { key: 'k1', value: 'v1' } } });
  const intro = await gql(server.url, 'fixture', '{ __schema { queryType { name } } }');
  assert.equal(intro.body.data.__schema.queryType.name, 'Query');
});

test('multipart upload: files land in variables as {filename, mimetype, buffer}', async () => {
  const form = new FormData();
  form.append('operations', JSON.stringify({
    query: 'mutation U($f: Upload!, $fs: [Upload!]!) { upload(file: $f) { filename mimetype size text } uploadMany(files: $fs) { filename text } }',
    variables: { f: null, fs: [null, null] },
  }));
  form.append('map', JSON.stringify({ 0: ['variables.f'], 1: ['variables.fs.0'], 2: ['variables.fs.1'] }));
  form.append('0', new Blob(['archive bytes\r\n--not a boundary'], { type: 'application/gzip' }), 'pkg-1.0.0.tar.gz');
  form.append('1', new Blob(['one']), 'a.txt');
  form.append('2', new Blob(['two']), 'b ü c.txt');
  const res = await fetch(`${server.url}/fixture/graphql`, { method: 'POST', body: form });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.deepEqual(body.data.upload, { filename: 'pkg-1.0.0.tar.gz', mimetype: 'application/gzip', size: 31, text: 'archive bytes\r\n--not a boundary' });
  assert.deepEqual(body.data.uploadMany.map((f) => f.text), ['one', 'two']);
  assert.equal(body.data.uploadMany[1].filename, 'b ü c.txt');
});

test('multipart: a map naming a missing file is 400', async () => {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: 'mutation U($f: Upload!) { upload(file: $f) { size } }', variables: { f: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  const res = await fetch(`${server.url}/fixture/graphql`, { method: 'POST', body: form });
  assert.equal(res.status, 400);
  assert.equal((await res.json()).errors[0].extensions.code, 'BAD_REQUEST');
});

test('bodies over 64 MiB get 413', async () => {
  // Declared length over the cap: refused before reading.
  const declared = await rawRequest(server.url, { method: 'POST', path: '/fixture/graphql', headers: { 'content-type': 'application/json', 'content-length': String(65 * 1024 * 1024) }, body: '{}' });
  assert.equal(declared.status, 413);
  // Chunked upload that grows past the cap while being read.
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  const streamed = await new Promise((resolve, reject) => {
    const req = http.request(`${server.url}/fixture/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    let sent = 0;
    const pump = () => {
      while (sent < 70) { sent++; if (!req.write(chunk)) return req.once('drain', pump); }
      req.end();
    };
    pump();
  });
  assert.equal(streamed, 413);
});

test('REST routing, files and 404s', async () => {
  const rest = await fetch(`${server.url}/fixture/echo`, { method: 'PUT', body: 'abc' });
  assert.deepEqual(await rest.json(), { method: 'PUT', length: 3 });
  assert.equal((await fetch(`${server.url}/fixture/nothing`)).status, 404);
  assert.equal((await fetch(`${server.url}/nodialect/graphql`)).status, 404);

  const file = await fetch(`${server.url}/files/fixture/hello.txt`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-length'), '11');
  assert.match(file.headers.get('content-type'), /^text\/plain/);
  assert.equal(await file.text(), 'hello file\n');
  const csv = await fetch(`${server.url}/files/fixture/dir%20with%20space/a.csv`);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  // Traversal attempts never leave files/ (raw paths: fetch would normalise ../ away).
  for (const p of ['/files/../snapshot.json', '/files/..%2fsnapshot.json', '/files/%2e%2e/snapshot.json', '/files//etc/passwd', '/files/fixture/%00']) {
    const r = await rawRequest(server.url, { method: 'GET', path: p });
    assert.equal(r.status, 404, p);
  }
  // Without --faults the control API does not exist.
  assert.equal((await fetch(`${server.url}/_control/requests`)).status, 404);
});

/** A request with an exact path and headers (fetch would normalise or refuse them). */
export function rawRequest(base, { method, path, headers = {}, body }) {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    // agent: false: a fresh connection each time (a request that lies about its length must not share one).
    const req = http.request({ host: u.hostname, port: u.port, method, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (e) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end(body);
  });
}
