// Wasmer signed-URL uploads (GCS resumable protocol) and publishPackage(signedUrl): chunks, status
// queries, a connection dropped mid-upload and resumed, retries that publish once, and the errors.
// Also the large-package seed used by the benchmarks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { startServer, gql, loadOperation } from './helpers.mjs';
import { makeArchive, manifest, WASM } from './wasmer-archive.mjs';

const AUTH = { authorization: 'Bearer wasmer-demo-token' }; // demo value
let server;
before(async () => { server = await startServer({ seed: 'demo', dialects: ['wasmer'], faults: true }); });
after(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const op = (name, variables, headers = AUTH) => gql(server.url, 'wasmer', loadOperation('wasmer', name), variables, headers);
const MiB = 1024 * 1024;

/** An archive of about `mb` MiB (random, so gzip cannot shrink it). */
function bigArchive(name, version, mb = 3) {
  return makeArchive({
    'wasmer.toml': manifest({ name, version }),
    'hello.wasm': WASM,
    'README.md': `# ${name}\n`,
    'data/blob.bin': crypto.randomBytes(mb * MiB),
  });
}

async function uploadUrl(vars = {}) {
  const r = await op('GenerateUploadUrl', { name: 'demo/up', version: '1.0.0', filename: 'package.tar.gz', ...vars });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body));
  return r.body.data.generateUploadUrl;
}

async function start(url) {
  const res = await fetch(url, { method: 'POST', headers: { 'x-goog-resumable': 'start', 'content-length': '0' } });
  assert.equal(res.status, 201, await res.clone().text());
  await res.arrayBuffer();
  return res.headers.get('location');
}

const put = (session, body, range) => fetch(session, { method: 'PUT', headers: { 'content-range': range }, body });
const status = async (session, total) => {
  const res = await fetch(session, { method: 'PUT', headers: { 'content-range': `bytes */${total}` } });
  await res.arrayBuffer();
  return { status: res.status, range: res.headers.get('range') };
};
const publishSigned = (name, version, signedUrl, headers) => op('PublishSigned', { input: { name, version, manifest: manifest({ name, version }), signedUrl } }, headers);

test('generateUploadUrl and getSignedUrlForPackageUpload need a token and give a signed address', async () => {
  const anon = await op('GenerateUploadUrl', { name: 'demo/up' }, {});
  assert.equal(anon.body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const { signedUrl, method } = await uploadUrl();
  assert.equal(method, 'POST');
  assert.match(signedUrl.url, new RegExp(`^${server.url}/wasmer/uploads/[0-9a-f]{32}\\?X-Goog-Algorithm=`));
  assert.match(signedUrl.url, /X-Goog-Signature=[0-9a-f]{64}/);
  const q = await op('SignedUrlForPackageUpload', { name: 'demo/up', version: '1.0.0' });
  assert.match(q.body.data.getSignedUrlForPackageUpload.url, /\/wasmer\/uploads\//);
  assert.equal((await op('SignedUrlForPackageUpload', {}, {})).body.errors[0].extensions.code, 'UNAUTHENTICATED');
});

test('resumable upload in chunks, status queries, then publishPackage(signedUrl) exactly once', async () => {
  const archive = bigArchive('demo/chunked', '1.0.0');
  const total = archive.length;
  const { signedUrl } = await uploadUrl({ name: 'demo/chunked' });
  const session = await start(signedUrl.url);
  assert.match(session, /\?upload_id=/);
  assert.deepEqual(await status(session, total), { status: 308, range: null });
  const first = await put(session, archive.subarray(0, MiB), `bytes 0-${MiB - 1}/${total}`);
  assert.equal(first.status, 308);
  assert.equal(first.headers.get('range'), `bytes=0-${MiB - 1}`);
  assert.deepEqual(await status(session, total), { status: 308, range: `bytes=0-${MiB - 1}` });
  // Not complete yet: publishing is refused, nothing is created.
  const early = await publishSigned('demo/chunked', '1.0.0', signedUrl.url);
  assert.match(early.body.errors[0].message, /not complete/);
  // A re-sent overlap is accepted and skipped.
  const second = await put(session, archive.subarray(MiB - 100, 2 * MiB), `bytes ${MiB - 100}-${2 * MiB - 1}/${total}`);
  assert.equal(second.status, 308);
  assert.equal(second.headers.get('range'), `bytes=0-${2 * MiB - 1}`);
  const last = await put(session, archive.subarray(2 * MiB), `bytes ${2 * MiB}-${total - 1}/${total}`);
  assert.equal(last.status, 200);
  assert.equal((await last.json()).size, String(total));
  assert.equal((await status(session, total)).status, 200);

  const r = await publishSigned('demo/chunked', '1.0.0', signedUrl.url);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body));
  const pv = r.body.data.publishPackage.packageVersion;
  assert.equal(pv.readme, '# demo/chunked\n');
  assert.equal(pv.distribution.size, total);
  assert.equal(pv.distribution.webcSha256Hash, crypto.createHash('sha256').update(archive).digest('hex'));
  const body = Buffer.from(await (await fetch(pv.distribution.downloadUrl)).arrayBuffer());
  assert.ok(body.equals(archive));
  // A retry (the answer was lost) publishes nothing new and answers the same version.
  const again = await publishSigned('demo/chunked', '1.0.0', signedUrl.url);
  assert.equal(again.body.data.publishPackage.success, true);
  assert.equal(again.body.data.publishPackage.packageVersion.version, '1.0.0');
  const page = (await op('PackagePage', { name: 'demo/chunked' })).body.data.getPackageVersion;
  assert.deepEqual(page.package.versions.map((v) => v.version), ['1.0.0']);
  // The same upload cannot become another version, and the used address takes no more data.
  const other = await publishSigned('demo/chunked', '1.0.1', signedUrl.url);
  assert.match(other.body.errors[0].message, /already published/);
  const reuse = await fetch(signedUrl.url, { method: 'POST', headers: { 'x-goog-resumable': 'start' } });
  assert.equal(reuse.status, 403);
  await reuse.arrayBuffer();
});

test('a connection dropped mid-upload (fault dropUpload) keeps what arrived; the upload resumes', async () => {
  const archive = bigArchive('demo/resumed', '2.0.0', 2);
  const total = archive.length;
  const { signedUrl } = await uploadUrl({ name: 'demo/resumed', version: '2.0.0' });
  const session = await start(signedUrl.url);
  const fault = await fetch(`${server.url}/_control/faults`, { method: 'POST', body: JSON.stringify({ match: '/wasmer/uploads/', kind: 'dropUpload', afterBytes: 700000 }) });
  assert.equal(fault.status, 200);
  await assert.rejects(put(session, archive, `bytes 0-${total - 1}/${total}`));
  const s = await status(session, total);
  assert.deepEqual(s, { status: 308, range: 'bytes=0-699999' });
  const from = Number(s.range.split('-')[1]) + 1;
  const rest = await put(session, archive.subarray(from), `bytes ${from}-${total - 1}/${total}`);
  assert.equal(rest.status, 200);
  await rest.arrayBuffer();
  const r = await publishSigned('demo/resumed', '2.0.0', signedUrl.url);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body));
  const body = Buffer.from(await (await fetch(r.body.data.publishPackage.packageVersion.distribution.downloadUrl)).arrayBuffer());
  assert.ok(body.equals(archive));
});

test('a URL signed for PUT takes the whole archive in one request', async () => {
  const archive = makeArchive({ 'wasmer.toml': manifest({ name: 'demo/single', version: '0.1.0' }), 'hello.wasm': WASM, 'README.md': 'x' });
  const { signedUrl, method } = await uploadUrl({ name: 'demo/single', version: '0.1.0', method: 'PUT' });
  assert.equal(method, 'PUT');
  const post = await fetch(signedUrl.url, { method: 'POST', headers: { 'x-goog-resumable': 'start' } });
  assert.equal(post.status, 403); // signed for PUT, not POST
  assert.match(await post.text(), /<Code>SignatureDoesNotMatch<\/Code>/);
  const res = await fetch(signedUrl.url, { method: 'PUT', body: archive });
  assert.equal(res.status, 200);
  await res.arrayBuffer();
  const r = await publishSigned('demo/single', '0.1.0', signedUrl.url);
  assert.equal(r.body.data.publishPackage.packageVersion.distribution.size, archive.length);
});

test('upload errors answer like GCS; publishing still refuses what it must', async () => {
  const { signedUrl } = await uploadUrl({ name: 'demo/errs' });
  const forged = signedUrl.url.replace(/X-Goog-Signature=[0-9a-f]{8}/, 'X-Goog-Signature=00000000');
  const bad = await fetch(forged, { method: 'POST', headers: { 'x-goog-resumable': 'start' } });
  assert.equal(bad.status, 403);
  assert.match(bad.headers.get('content-type'), /xml/);
  await bad.arrayBuffer();
  const noHeader = await fetch(signedUrl.url, { method: 'POST' });
  assert.equal(noHeader.status, 403);
  await noHeader.arrayBuffer();
  const session = await start(signedUrl.url);
  const gap = await put(session, Buffer.alloc(10), 'bytes 100-109/1000');
  assert.equal(gap.status, 400);
  await gap.arrayBuffer();
  const badRange = await put(session, Buffer.alloc(10), 'bytes=0-9');
  assert.equal(badRange.status, 400);
  await badRange.arrayBuffer();
  const unknown = await fetch(session.replace(/upload_id=[^&]+/, 'upload_id=nope'), { method: 'PUT', headers: { 'content-range': 'bytes */*' } });
  assert.equal(unknown.status, 404);
  await unknown.arrayBuffer();
  const cancel = await fetch(session, { method: 'DELETE' });
  assert.equal(cancel.status, 499);
  await cancel.arrayBuffer();
  const gone = await fetch(session, { method: 'PUT', headers: { 'content-range': 'bytes */*' } });
  assert.equal(gone.status, 404);
  await gone.arrayBuffer();
  // The checks that come before any upload also hold with a signed URL: namespace, existing version.
  const archive = makeArchive({ 'wasmer.toml': manifest({ name: 'wasmer/mine', version: '1.0.0' }), 'hello.wasm': WASM });
  const { signedUrl: u2 } = await uploadUrl({ name: 'wasmer/mine', method: 'PUT' });
  await (await fetch(u2.url, { method: 'PUT', body: archive })).arrayBuffer();
  const foreign = await publishSigned('wasmer/mine', '1.0.0', u2.url);
  assert.equal(foreign.body.errors[0].extensions.code, 'FORBIDDEN');
  const exists = await publishSigned('demo/hello-demo', '1.0.0', u2.url);
  assert.match(exists.body.errors[0].message, /already exists/);
  const alien = await publishSigned('demo/x', '1.0.0', `${server.url}/wasmer/uploads/${'0'.repeat(32)}?X-Goog-Signature=00`);
  assert.match(alien.body.errors[0].message, /does not name an upload/);
  const notAnUpload = await fetch(`${server.url}/wasmer/uploads/not-an-id`, { method: 'PUT', body: 'x' });
  assert.equal(notAnUpload.status, 404);
  await notAnUpload.arrayBuffer();
});

test('a revoked API token is refused afterwards (viewer null, no upload address)', async () => {
  const gen = (await op('GenerateApiToken', { identifier: 'short-lived' })).body.data.generateApiToken;
  const mine = { authorization: `Bearer ${gen.tokenRaw}` };
  assert.equal((await op('Viewer', undefined, mine)).body.data.viewer.username, 'demo');
  await op('RevokeApiToken', { tokenId: gen.token.id });
  assert.equal((await op('Viewer', undefined, mine)).body.data.viewer, null);
  assert.equal((await op('GenerateUploadUrl', { name: 'demo/x' }, mine)).body.errors[0].extensions.code, 'UNAUTHENTICATED');
  const listed = (await op('Viewer')).body.data.viewer.apiTokens.edges.map((e) => e.node.id);
  assert.ok(!listed.includes(gen.token.id));
});

test('large package for benchmarks: made on request as a stream, downloadable with its size', async () => {
  const r = await fetch(`${server.url}/_control/wasmer/large-package`, { method: 'POST', body: JSON.stringify({ megabytes: 5 }) });
  assert.equal(r.status, 200);
  const made = await r.json();
  assert.equal(made.name, 'demo/large-5mb');
  assert.ok(made.size > 5 * MiB);
  const v = (await op('PackagePage', { name: 'demo/large-5mb' })).body.data.getPackageVersion;
  assert.equal(v.distribution.size, made.size);
  assert.equal(v.distribution.webcSha256Hash, made.sha256);
  const res = await fetch(v.distribution.downloadUrl);
  assert.equal(res.headers.get('content-length'), String(made.size));
  const body = Buffer.from(await res.arrayBuffer());
  assert.equal(crypto.createHash('sha256').update(body).digest('hex'), made.sha256);
  const bad = await fetch(`${server.url}/_control/wasmer/large-package`, { method: 'POST', body: JSON.stringify({ megabytes: 0 }) });
  assert.equal(bad.status, 400);
  await bad.arrayBuffer();
});

test('--seed large:N makes demo/large-Nmb at start', async () => {
  const srv = await startServer({ seed: 'large:2', dialects: ['wasmer'] });
  try {
    const r = await gql(srv.url, 'wasmer', loadOperation('wasmer', 'PackagePage'), { name: 'demo/large-2mb' });
    const v = r.body.data.getPackageVersion;
    assert.ok(v.distribution.size > 2 * MiB);
    assert.deepEqual(v.filesystem, [{ wasm: '/data', host: 'data' }]);
    assert.equal((await gql(srv.url, 'wasmer', loadOperation('wasmer', 'PythonVersion'))).body.data.getPackageVersion.version, '0.1.0');
  } finally {
    await srv.stop();
    fs.rmSync(srv.dataDir, { recursive: true, force: true });
  }
});
