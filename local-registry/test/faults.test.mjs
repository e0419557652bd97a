// Fault injection and the request log (--faults): each fault kind once, asserting what a client sees,
// then that the server is still alive and logged no internal error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { startServer, gql, FIXTURE_DIALECT } from './helpers.mjs';

let server;
before(async () => { server = await startServer({ seed: 'demo', faults: true, dialects: [`fixture=${FIXTURE_DIALECT}`] }); });
after(async () => { await server?.stop(); });

const HELLO = 'query Hello { hello }';

async function fault(spec) {
  const res = await fetch(`${server.url}/_control/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
  assert.equal(res.status, 200);
  const { id } = await res.json();
  assert.equal(typeof id, 'number');
  return id;
}

/** A raw POST that reports what happened on the wire: status, headers, bytes received, and whether the socket died. */
function rawPost(path, body, { abortAfterMs, abortAfterBytes } = {}) {
  return new Promise((resolve) => {
    const u = new URL(server.url);
    const out = { status: null, headers: null, bytes: 0, chunks: [], aborted: false, error: null, timedOut: false };
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path, headers: { 'content-type': 'application/json' } }, (res) => {
      out.status = res.statusCode;
      out.headers = res.headers;
      res.on('data', (c) => {
        out.bytes += c.length;
        if (out.bytes < 1024 * 1024) out.chunks.push(c);
        if (abortAfterBytes && out.bytes >= abortAfterBytes) { out.aborted = true; req.destroy(); resolve(out); }
      });
      res.on('aborted', () => { out.aborted = true; });
      res.on('error', (e) => { out.error = e.code ?? e.message; });
      res.on('close', () => { out.body = Buffer.concat(out.chunks).toString('utf8'); resolve(out); });
    });
    req.on('error', (e) => { out.error = e.code ?? e.message; resolve(out); });
    if (abortAfterMs) setTimeout(() => { out.timedOut = true; req.destroy(); resolve(out); }, abortAfterMs);
    req.end(body);
  });
}

test('delay holds the answer, then answers normally', async () => {
  await fault({ match: 'Hello', kind: 'delay', ms: 400 });
  const t0 = Date.now();
  const res = await gql(server.url, 'fixture', HELLO);
  assert.ok(Date.now() - t0 >= 380, 'answered too early');
  assert.deepEqual(res.body, { data: { hello: 'hello world' } });
  // times defaults to 1: the next one is fast
  const t1 = Date.now();
  await gql(server.url, 'fixture', HELLO);
  assert.ok(Date.now() - t1 < 300);
});

test('stall sends nothing until the client gives up', async () => {
  await fault({ match: 'Hello', kind: 'stall' });
  const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }), { abortAfterMs: 500 });
  assert.equal(out.timedOut, true);
  assert.equal(out.status, null, 'no status line was sent');
});

test('http answers exactly the given status, headers and body', async () => {
  await fault({ match: '/fixture/', kind: 'http', status: 429, headers: { 'Retry-After': '1' }, body: { errors: [{ message: 'slow down' }] } });
  const res = await fetch(`${server.url}/fixture/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HELLO }) });
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), '1');
  assert.match(res.headers.get('content-type'), /^application\/json/);
  assert.deepEqual(await res.json(), { errors: [{ message: 'slow down' }] });
});

test('http with encoding compresses the body and names the encoding', async () => {
  const body = { data: { hello: 'compressed' } };
  for (const [encoding, header, inflate] of [['gzip', 'gzip', zlib.gunzipSync], ['deflate', 'deflate', zlib.inflateSync], ['rawDeflate', 'deflate', zlib.inflateRawSync]]) {
    await fault({ match: 'Hello', kind: 'http', status: 200, body, encoding });
    const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
    assert.equal(out.status, 200);
    assert.equal(out.headers['content-encoding'], header);
    assert.deepEqual(JSON.parse(inflate(Buffer.concat(out.chunks)).toString('utf8')), body);
  }
});

test('html500 is an HTML error page', async () => {
  await fault({ match: 'Hello', kind: 'html500' });
  const res = await gql(server.url, 'fixture', HELLO);
  assert.equal(res.status, 500);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.match(res.body, /<html>/);
});

test('portal is a 200 text/html sign-in page, as a captive portal answers', async () => {
  await fault({ match: 'Hello', kind: 'portal' });
  const res = await gql(server.url, 'fixture', HELLO);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.match(res.body, /^<!DOCTYPE html>/);
});

test('gzipBomb: a small gzip body that inflates to the given size, valid to the last byte', async () => {
  const bytes = 5 * 1024 * 1024 + 123;
  await fault({ match: 'Hello', kind: 'gzipBomb', bytes });
  const u = new URL(server.url);
  const raw = await new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/fixture/graphql', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query: HELLO }));
  });
  assert.equal(raw.status, 200);
  assert.equal(raw.headers['content-encoding'], 'gzip');
  assert.equal(Number(raw.headers['content-length']), raw.body.length);
  assert.ok(raw.body.length < 16 * 1024, `${raw.body.length} bytes on the wire`);
  const inflated = zlib.gunzipSync(raw.body); // checks the trailer's CRC and size too
  assert.equal(inflated.length, bytes);
  assert.ok(inflated.every((b) => b === 0));
  // The default 10 GiB, abandoned after a little: the server notices and stops.
  await fault({ match: 'Hello', kind: 'gzipBomb' });
  const left = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }), { abortAfterBytes: 64 * 1024 });
  assert.equal(left.aborted, true);
  assert.equal(Number(left.headers['content-length']) > 9 * 1024 * 1024, true);
  assert.deepEqual((await gql(server.url, 'fixture', HELLO)).body, { data: { hello: 'hello world' } });
});

test('invalidJson is 200 application/json that does not parse', async () => {
  await fault({ match: 'Hello', kind: 'invalidJson' });
  const res = await gql(server.url, 'fixture', HELLO);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/json/);
  assert.equal(typeof res.body, 'string', 'body must not parse as JSON');
});

test('truncated is half of the real answer in a clean HTTP message', async () => {
  const full = JSON.stringify((await gql(server.url, 'fixture', HELLO)).body);
  await fault({ match: 'Hello', kind: 'truncated' });
  const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  assert.equal(out.status, 200);
  assert.equal(out.aborted, false);
  assert.equal(Number(out.headers['content-length']), out.bytes);
  assert.equal(out.body, full.slice(0, Math.floor(full.length / 2)));
  assert.throws(() => JSON.parse(out.body));
});

test('drop promises the full length, sends half, then destroys the socket', async () => {
  const good = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  await fault({ match: 'Hello', kind: 'drop' });
  const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  assert.equal(out.status, 200);
  assert.equal(out.headers['content-type'], good.headers['content-type']);
  const promised = Number(out.headers['content-length']);
  assert.ok(out.bytes > 0 && out.bytes < promised, `got ${out.bytes} of ${promised}`);
  assert.ok(out.aborted || out.error, 'the client must see the connection die');
});

test('huge streams an open JSON string to the given size, and stops when the client leaves', async () => {
  await fault({ match: 'Hello', kind: 'huge', bytes: 3 * 1024 * 1024 });
  const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  assert.equal(out.status, 200);
  assert.equal(out.bytes, 3 * 1024 * 1024);
  assert.ok(out.body.startsWith('{"data":{"blob":"xxxx'));
  // The default 256 MiB, abandoned after 2 MiB: the server notices and stops.
  await fault({ match: 'Hello', kind: 'huge' });
  const left = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }), { abortAfterBytes: 2 * 1024 * 1024 });
  assert.equal(left.aborted, true);
  assert.deepEqual((await gql(server.url, 'fixture', HELLO)).body, { data: { hello: 'hello world' } });
});

test('graphqlError answers a GraphQL error with code, extensions and status', async () => {
  await fault({ match: 'Hello', kind: 'graphqlError', code: 'UNAUTHENTICATED', message: 'NOT_AUTHENTICATED', extensions: { hint: 'x' }, status: 401 });
  const res = await gql(server.url, 'fixture', HELLO);
  assert.equal(res.status, 401);
  assert.deepEqual(res.body, { errors: [{ message: 'NOT_AUTHENTICATED', extensions: { hint: 'x', code: 'UNAUTHENTICATED' } }], data: null });
});

test('redirect: a bare origin keeps path and query, a full URL is used as given', async () => {
  await fault({ match: '/files/', kind: 'redirect', location: 'http://127.0.0.1:9' });
  const kept = await fetch(`${server.url}/files/fixture/hello.txt?x=1`, { redirect: 'manual' });
  assert.equal(kept.status, 307);
  assert.equal(kept.headers.get('location'), 'http://127.0.0.1:9/files/fixture/hello.txt?x=1');
  await fault({ match: '/files/', kind: 'redirect', location: `${server.url}/files/fixture/dir%20with%20space/a.csv`, status: 301 });
  const given = await fetch(`${server.url}/files/fixture/hello.txt`, { redirect: 'manual' });
  assert.equal(given.status, 301);
  assert.equal(given.headers.get('location'), `${server.url}/files/fixture/dir%20with%20space/a.csv`);
});

test('times: 0 lasts until cleared; DELETE clears', async () => {
  await fault({ match: 'Hello', kind: 'html500', times: 0 });
  for (let i = 0; i < 3; i++) assert.equal((await gql(server.url, 'fixture', HELLO)).status, 500);
  const cleared = await fetch(`${server.url}/_control/faults`, { method: 'DELETE' });
  assert.equal(cleared.status, 200);
  assert.equal((await gql(server.url, 'fixture', HELLO)).status, 200);
  const bad = await fetch(`${server.url}/_control/faults`, { method: 'POST', body: JSON.stringify({ match: 'Hello', kind: 'nonsense' }) });
  assert.equal(bad.status, 400);
});

test('request log: oldest first, operation names, lower-cased headers, no /_control entries', async () => {
  await fetch(`${server.url}/_control/requests`, { method: 'DELETE' });
  await gql(server.url, 'fixture', HELLO, undefined, { 'X-Fixture-Key': 'k-123' });
  await fetch(`${server.url}/fixture/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ a: hello } query Named { hello }', operationName: 'Named' }) });
  await fetch(`${server.url}/files/fixture/hello.txt`);
  const log = await (await fetch(`${server.url}/_control/requests`)).json();
  assert.deepEqual(log.map((e) => [e.method, e.path, e.operationName]), [
    ['POST', '/fixture/graphql', 'Hello'],
    ['POST', '/fixture/graphql', 'Named'],
    ['GET', '/files/fixture/hello.txt', null],
  ]);
  assert.equal(log[0].headers['x-fixture-key'], 'k-123');
  assert.ok(!Number.isNaN(Date.parse(log[0].time)));
  await fetch(`${server.url}/_control/requests`, { method: 'DELETE' });
  assert.deepEqual(await (await fetch(`${server.url}/_control/requests`)).json(), []);
});

test('clients leaving mid-upload or while an answer is delayed do not hurt the server', async () => {
  const u = new URL(server.url);
  await new Promise((resolve) => {
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/fixture/graphql', headers: { 'content-type': 'application/json', 'content-length': '1000' } });
    req.on('error', () => {});
    req.write('{"query": "{ hel', () => setTimeout(() => { req.destroy(); resolve(); }, 50));
  });
  await fault({ match: 'Hello', kind: 'delay', ms: 300 });
  const gone = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }), { abortAfterMs: 50 });
  assert.equal(gone.timedOut, true);
  await new Promise((r) => setTimeout(r, 400)); // the delayed answer now meets a closed socket
});

test('corrupt keeps status, headers and length but changes one byte', async () => {
  const good = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  await fault({ match: 'Hello', kind: 'corrupt', at: 3 });
  const bad = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  assert.equal(bad.status, 200);
  assert.equal(bad.headers['content-length'], good.headers['content-length']);
  const a = Buffer.from(good.body), b = Buffer.from(bad.body, 'latin1');
  assert.equal(b.length, a.length);
  assert.deepEqual([...a.keys()].filter((i) => a[i] !== b[i]), [3]);
});

test('partial nulls one field of the real answer and adds an error for it', async () => {
  await fault({ match: 'Hello', kind: 'partial', path: ['hello'], message: 'hello failed' });
  const res = await gql(server.url, 'fixture', HELLO);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.data, { hello: null });
  assert.deepEqual(res.body.errors, [{ message: 'hello failed', path: ['hello'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  // A path the answer does not have is said, not ignored.
  await fault({ match: 'Hello', kind: 'partial', path: ['nothing', 'here'] });
  const missing = await gql(server.url, 'fixture', HELLO);
  assert.equal(missing.status, 500);
});

test('dropUpload on a route that is not a streamed upload drops the connection unanswered', async () => {
  await fault({ match: 'Hello', kind: 'dropUpload', afterBytes: 10 });
  const out = await rawPost('/fixture/graphql', JSON.stringify({ query: HELLO }));
  assert.equal(out.status, null);
  assert.ok(out.error);
});

test('the server survived every fault and abort', async () => {
  // Let pending stalls and streams notice their clients are gone.
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(server.process.exitCode, null);
  assert.deepEqual((await gql(server.url, 'fixture', HELLO)).body, { data: { hello: 'hello world' } });
  assert.doesNotMatch(server.stderr(), /internal error|Unhandled|Error:/);
  // The secret header value never reached the server's output.
  assert.doesNotMatch(server.stderr(), /k-123/);
});
