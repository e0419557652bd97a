// Wasmer dialect internals, in-process: the TOML and tar readers, semver order and Relay paging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { parseToml } from '../wasmer/toml.mjs';
import { readTar, writeTar } from '../wasmer/tar.mjs';
import { openArchive, ArchiveError } from '../wasmer/archive.mjs';
import { compareSemver, connection, splitName } from '../wasmer/model.mjs';
import { makeArchive, WASM } from './wasmer-archive.mjs';

test('parseToml reads the manifest keys we need', () => {
  const m = parseToml(`# a comment
[package]
name = "ns/pkg"   # trailing comment
version = '1.2.3'
description = """
two
lines"""
keywords = ["a", "b#c"]

[[module]]
name = "m1"
source = "m1.wasm"
[module.interfaces]
wasi = "0.1.0-unstable"

[[module]]
name = "m2"
source = "m2.wasm"

[[command]]
name = "run"
module = "m1"

[dependencies]
"_/python" = "^0.1.0"
`);
  assert.equal(m.package.name, 'ns/pkg');
  assert.equal(m.package.version, '1.2.3');
  assert.equal(m.package.description, 'two\nlines');
  assert.deepEqual(m.package.keywords, ['a', 'b#c']);
  assert.deepEqual(m.module.map((x) => x.name), ['m1', 'm2']);
  assert.deepEqual(m.module[0].interfaces, { wasi: '0.1.0-unstable' });
  assert.equal(m.command[0].module, 'm1');
  assert.equal(m.dependencies['_/python'], '^0.1.0');
  assert.throws(() => parseToml('[package]\nname "x"'), /manifest does not parse: line 2/);
});

test('readTar reads our writer and the test writer; corrupt headers are refused', () => {
  const tar = writeTar([{ path: 'a.txt', data: 'hello' }, { path: 'dir/b.bin', data: Buffer.alloc(600, 7) }]);
  const entries = readTar(tar);
  assert.deepEqual(entries.map((e) => [e.path, e.data.length]), [['a.txt', 5], ['dir/b.bin', 600]]);
  const fromTest = readTar(zlib.gunzipSync(makeArchive({ './x.wasm': WASM })));
  assert.deepEqual(fromTest.map((e) => e.path), ['x.wasm']);
  const bad = Buffer.from(tar);
  bad[0] ^= 0xff;
  assert.throws(() => readTar(bad), /checksum/);
  assert.throws(() => openArchive(zlib.gzipSync(Buffer.from('x'.repeat(600)))), ArchiveError);
});

test('semver order and "latest"', () => {
  const vs = ['0.10.0', '0.2.0', '1.0.0-rc.1', '1.0.0', '0.2.0-beta'];
  assert.deepEqual(vs.sort(compareSemver), ['0.2.0-beta', '0.2.0', '0.10.0', '1.0.0-rc.1', '1.0.0']);
});

test('connection pages forwards with first/after and reports hasNextPage', () => {
  const items = [1, 2, 3, 4, 5];
  const p1 = connection(items, { first: 2 });
  assert.deepEqual(p1.edges.map((e) => e.node), [1, 2]);
  assert.equal(p1.pageInfo.hasNextPage, true);
  const p3 = connection(items, { first: 2, after: connection(items, { first: 2, after: p1.pageInfo.endCursor }).pageInfo.endCursor });
  assert.deepEqual(p3.edges.map((e) => e.node), [5]);
  assert.equal(p3.pageInfo.hasNextPage, false);
  assert.equal(p3.totalCount, 5);
  assert.deepEqual(connection(items, { last: 2 }).edges.map((e) => e.node), [4, 5]);
  assert.throws(() => connection(items, { after: 'garbage' }), /Invalid cursor/);
});

test('a bare package name lives in the global namespace', () => {
  assert.deepEqual(splitName('python'), { namespace: '_', name: 'python' });
  assert.deepEqual(splitName('wasmer/hello'), { namespace: 'wasmer', name: 'hello' });
});
