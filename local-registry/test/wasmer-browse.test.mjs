// Wasmer dialect: what a package page, a namespace, a user and an interface page show, search filters,
// downloads (checksum, Range) and the preflight answers a publisher relies on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { startServer, gql, loadOperation } from './helpers.mjs';

const AUTH = { authorization: 'Bearer wasmer-demo-token' }; // demo value
let server;
before(async () => { server = await startServer({ seed: 'demo', dialects: ['wasmer'] }); });
after(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const run = async (name, variables, headers) => {
  const r = await gql(server.url, 'wasmer', loadOperation('wasmer', name), variables, headers);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  return r.body.data;
};
const names = (conn) => conn.edges.map((e) => e.node.name ?? e.node.package?.name);

test('a package page: texts, versions, counts, owner, modules, commands, fs, signature, manifest', async () => {
  const v = (await run('PackagePage', { name: 'python' })).getPackageVersion;
  assert.equal(v.version, '0.1.0');
  assert.match(v.readme, /^# _\/python/);
  assert.equal(v.license, 'PSF-2.0');
  assert.equal(v.homepage, 'https://www.python.org');
  assert.equal(v.repository, 'https://github.com/wapm-packages/python');
  assert.equal(v.totalDownloads, 48213);
  assert.equal(v.package.totalDownloads, 48213);
  assert.equal(v.fileSize, v.distribution.size);
  assert.deepEqual(v.package.owner, { __typename: 'Namespace', globalName: '_', name: '_' });
  assert.deepEqual(v.package.keywords.edges.map((e) => e.node.name), ['python', 'interpreter', 'language']);
  assert.deepEqual(v.package.versions.map((x) => x.version), ['0.1.0']);
  assert.deepEqual(v.modules, [{ name: 'python', abi: 'wasi', source: 'python.wasm' }]);
  assert.deepEqual(v.commands, [{ command: 'python', module: { name: 'python', abi: 'wasi' } }]);
  assert.deepEqual(v.moduleInterfaces, [{ version: '0.1.0-unstable', interface: { name: 'wasi' } }]);
  assert.deepEqual(v.filesystem, [{ wasm: '/lib/python3.6', host: 'lib' }]);
  assert.equal(v.dependencies.totalCount, 0);
  assert.match(v.manifest, /^\[package\]\nname = "python"/);
  assert.equal(v.isSigned, true);
  assert.equal(v.signature.publicKey.keyId, 'DEMO-SYRUS-1');
  assert.equal(v.signature.publicKey.owner.username, 'syrusakbary');
  assert.equal(v.signature.publicKey.revoked, false);
  // The signature is a real Ed25519 signature of the archive, checkable with the public key.
  const body = Buffer.from(await (await fetch(v.distribution.downloadUrl)).arrayBuffer());
  const key = crypto.createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(v.signature.publicKey.key, 'base64')]), format: 'der', type: 'spki' });
  assert.ok(crypto.verify(null, body, key, Buffer.from(v.signature.data, 'base64')));
  // Size and SHA-256 describe the bytes served (webc* name the same .tar.gz: no webc image is built).
  assert.equal(body.length, v.distribution.size);
  assert.equal(crypto.createHash('sha256').update(body).digest('hex'), v.distribution.webcSha256Hash);
  assert.equal(v.distribution.webcDownloadUrl, v.distribution.downloadUrl);
  assert.equal(v.distribution.webcSize, v.distribution.size);
  assert.equal(v.distribution.piritaSha256Hash, null);
  // The package that is not signed says so.
  assert.equal((await run('PackagePage', { name: 'syrusakbary/cowsay' })).getPackageVersion.signature, null);
});

test('dependencies resolve to the highest matching version; several modules; a user-owned package', async () => {
  const web = (await run('PackagePage', { name: 'wasmer/static-web-server' })).getPackageVersion;
  assert.deepEqual(web.dependencies.edges.map((e) => `${e.node.package.name}@${e.node.version}`).sort(), ['_/coreutils@0.1.0', 'wasmer/hello@0.2.0']);
  assert.deepEqual(web.filesystem, [{ wasm: '/public', host: 'public' }]);
  const core = (await run('PackagePage', { name: '_/coreutils' })).getPackageVersion;
  assert.deepEqual(core.modules.map((m) => `${m.name}:${m.abi}`), ['coreutils:wasi', 'uutils-extra:none']);
  assert.deepEqual(core.commands.map((c) => c.command), ['ls', 'cat', 'echo', 'wc']);
  const cow = (await run('PackagePage', { name: 'syrusakbary/cowsay', version: '0.1.0' })).getPackageVersion;
  assert.equal(cow.version, '0.1.0');
  assert.deepEqual(cow.package.owner, { __typename: 'User', globalName: 'syrusakbary', username: 'syrusakbary' });
  assert.deepEqual(cow.package.versions.map((x) => x.version), ['0.2.0', '0.1.2', '0.1.0']);
  assert.equal(cow.package.totalDownloads, 1200 + 5400 + 86120);
});

test('downloads: plain GET, Range requests and ETag for resuming', async () => {
  const v = (await run('PackagePage', { name: 'syrusakbary/cowsay' })).getPackageVersion;
  const full = await fetch(v.distribution.downloadUrl);
  assert.equal(full.headers.get('accept-ranges'), 'bytes');
  const etag = full.headers.get('etag');
  const all = Buffer.from(await full.arrayBuffer());
  const part = await fetch(v.distribution.downloadUrl, { headers: { range: 'bytes=10-19', 'if-range': etag } });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-range'), `bytes 10-19/${all.length}`);
  assert.deepEqual(Buffer.from(await part.arrayBuffer()), all.subarray(10, 20));
  const tail = await fetch(v.distribution.downloadUrl, { headers: { range: 'bytes=-5' } });
  assert.deepEqual(Buffer.from(await tail.arrayBuffer()), all.subarray(all.length - 5));
  const rest = await fetch(v.distribution.downloadUrl, { headers: { range: `bytes=${all.length - 3}-` } });
  assert.equal(rest.headers.get('content-length'), '3');
  await rest.arrayBuffer();
  const beyond = await fetch(v.distribution.downloadUrl, { headers: { range: `bytes=${all.length}-` } });
  assert.equal(beyond.status, 416);
  assert.equal(beyond.headers.get('content-range'), `bytes */${all.length}`);
  await beyond.arrayBuffer();
  // A stale If-Range gets the whole file again.
  const stale = await fetch(v.distribution.downloadUrl, { headers: { range: 'bytes=10-19', 'if-range': '"other"' } });
  assert.equal(stale.status, 200);
  assert.equal(Buffer.from(await stale.arrayBuffer()).length, all.length);
});

test('preflight answers: a free version is null, namespaces say who may publish', async () => {
  assert.equal((await run('PackagePage', { name: 'demo/hello-demo', version: '9.9.9' })).getPackageVersion, null);
  assert.equal((await run('PackagePage', { name: 'demo/not-yet', version: '1.0.0' })).getPackageVersion, null);
  assert.equal((await run('ViewerCan', { owner: 'demo' }, AUTH)).viewerCan, true);
  assert.equal((await run('ViewerCan', { owner: 'wasmer' }, AUTH)).viewerCan, false);
  assert.equal((await run('ViewerCan', { owner: 'demo' })).viewerCan, false);
  assert.equal((await run('NamespacePage', { name: 'demo' }, AUTH)).getNamespace.viewerCan, true);
});

test('namespace and user pages list their packages, paged', async () => {
  const first = (await run('NamespacePage', { name: 'wasmer', first: 1 })).getNamespace;
  assert.equal(first.displayName, 'Wasmer');
  assert.equal(first.packages.totalCount, 2);
  assert.equal(first.packages.pageInfo.hasNextPage, true);
  const second = (await run('NamespacePage', { name: 'wasmer', first: 1, after: first.packages.pageInfo.endCursor })).getNamespace;
  assert.deepEqual([...names(first.packages), ...names(second.packages)], ['wasmer/hello', 'wasmer/static-web-server']);
  assert.equal(second.packages.pageInfo.hasNextPage, false);
  assert.equal((await run('NamespacePage', { name: '_', first: 50 })).getNamespace.packages.totalCount, 4);
  const user = (await run('UserPage', { username: 'syrusakbary', first: 50 })).getUser;
  assert.deepEqual(names(user.namespaces).sort(), ['syrusakbary', 'wasmer']);
  assert.deepEqual(names(user.packages).sort(), ['syrusakbary/cowsay', 'wasmer/hello', 'wasmer/static-web-server']);
  assert.equal((await run('UserPage', { username: 'nobody' })).getUser, null);
});

test('an interface page: description, versions with their text, implementing packages paged', async () => {
  const d = await run('InterfacePage', { name: 'wasi', first: 2 });
  assert.equal(d.getInterface.displayName, 'WASI');
  assert.equal(d.getInterface.homepage, 'https://wasi.dev');
  assert.deepEqual(d.getInterface.versions.edges.map((e) => e.node.version), ['0.1.0-unstable', '0.0.0-unstable']);
  assert.equal(d.getInterface.lastVersion.version, '0.1.0-unstable');
  assert.match(d.getInterfaceVersion.content, /"wasi_snapshot_preview1" "fd_write"/);
  const iv = d.getInterfaceVersion.packageVersions;
  // Every implementing version is listed: wasi-ubasic and wasm3 twice (two versions each), python once.
  assert.equal(iv.totalCount, 5);
  assert.equal(iv.edges.length, 2);
  const more = (await run('InterfacePage', { name: 'wasi', first: 3, after: iv.pageInfo.endCursor })).getInterfaceVersion.packageVersions;
  assert.deepEqual([...new Set([...names(iv), ...names(more)])].sort(), ['JeremyLikness/wasi-ubasic', '_/python', 'vshymanskyy/wasm3']);
  assert.equal(more.pageInfo.hasNextPage, false);
  const other = (await run('InterfacePage', { name: 'emscripten' })).getInterface;
  assert.equal(other.versions.edges[0].node.version, '0.0.1');
});

test('search filters: kinds, licence, interface, commands, order by downloads or date, blog posts', async () => {
  const kinds = async (vars) => (await run('SearchFiltered', { first: 100, ...vars })).search.edges.map((e) => e.node.__typename);
  assert.deepEqual([...new Set(await kinds({ query: '', namespaces: {} }))], ['Namespace']);
  assert.deepEqual([...new Set(await kinds({ query: '', users: {} }))], ['User']);
  assert.deepEqual(await kinds({ query: '', blogposts: {} }), ['BlogPost', 'BlogPost']);
  // Without filters every kind is searched: "python" finds the package and a blog post.
  assert.deepEqual((await kinds({ query: 'python' })).sort(), ['BlogPost', 'PackageVersion']);
  const pkgs = async (packages, query = '') => (await run('SearchFiltered', { query, packages, first: 100 })).search.edges.map((e) => e.node);
  const byDownloads = await pkgs({ orderBy: 'TOTAL_DOWNLOADS' });
  assert.equal(byDownloads[0].package.name, 'syrusakbary/cowsay');
  const dl = byDownloads.map((n) => n.package.totalDownloads);
  assert.deepEqual(dl, [...dl].sort((a, b) => b - a));
  const ascending = (await pkgs({ orderBy: 'TOTAL_DOWNLOADS', sortBy: 'ASC' })).map((n) => n.package.totalDownloads);
  assert.deepEqual(ascending, [...dl].reverse());
  const byDate = (await pkgs({})).map((n) => n.createdAt); // the default: newest publication first
  assert.deepEqual(byDate, [...byDate].sort().reverse());
  assert.ok((await pkgs({ license: 'mit' })).every((n) => n.license === 'MIT'));
  assert.deepEqual((await pkgs({ license: 'PSF-2.0' })).map((n) => n.package.name), ['_/python']);
  assert.deepEqual((await pkgs({ withInterfaces: ['wasi@0.1.0-unstable'], orderBy: 'ALPHABETICALLY', sortBy: 'ASC' })).map((n) => n.package.name),
    ['JeremyLikness/wasi-ubasic', '_/python', 'vshymanskyy/wasm3']);
  assert.deepEqual((await pkgs({ owner: 'wasmer', downloads: { count: 5000 } })).map((n) => n.package.name), ['wasmer/static-web-server']);
  assert.equal((await pkgs({ hasCommands: true })).length, 11);
  assert.deepEqual((await pkgs({ count: 2 })).length, 2);
  const blog = (await run('SearchFiltered', { query: '', blogposts: { tags: ['wasi'] } })).search.edges.map((e) => e.node.slug);
  assert.deepEqual(blog, ['python-in-the-browser']);
});
