// Persistence: what survives a restart, a kill -9 and a crash in the middle of writing.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../lib/store.mjs';
import { startServer, gql, FIXTURE_DIALECT } from './helpers.mjs';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-store-'));
const dialects = [`fixture=${FIXTURE_DIALECT}`];
const SET = 'mutation Set($k: String!, $v: String!) { setNote(key: $k, value: $v) { key } }';
const GET = 'query Get($k: String!) { note(key: $k) { value } }';

test('a restart keeps acknowledged writes, after SIGTERM and after kill -9; seeding happens once', async () => {
  const first = await startServer({ seed: 'demo', dialects });
  await gql(first.url, 'fixture', SET, { k: 'greeting', v: 'changed' });
  await gql(first.url, 'fixture', SET, { k: 'a', v: '1' });
  await first.stop();

  const second = await startServer({ seed: 'demo', dialects, dataDir: first.dataDir });
  // The seed did not run again: the changed demo row survived.
  assert.deepEqual((await gql(second.url, 'fixture', GET, { k: 'greeting' })).body, { data: { note: { value: 'changed' } } });
  assert.deepEqual((await gql(second.url, 'fixture', GET, { k: 'a' })).body, { data: { note: { value: '1' } } });
  await gql(second.url, 'fixture', SET, { k: 'b', v: '2' });
  await second.kill9();

  const third = await startServer({ dialects, dataDir: first.dataDir });
  assert.deepEqual((await gql(third.url, 'fixture', GET, { k: 'b' })).body, { data: { note: { value: '2' } } });
  const file = await fetch(`${third.url}/files/fixture/hello.txt`);
  assert.equal(await file.text(), 'hello file\n');
  await third.stop();
});

test('a torn last journal line (a write killed mid-append) is skipped', async () => {
  const dir = tmpDir();
  const store = await openStore(dir);
  const t = store.table('fixture.rows');
  t.set('x', { n: 1 });
  t.set('y', { n: 2 });
  await store.flush();
  t.delete('y');
  await store.flush();
  // What a kill -9 in the middle of the next append leaves behind.
  fs.appendFileSync(path.join(dir, 'journal.jsonl'), '{"t":"fixture.rows","k":"z","v":{"n":');

  const reopened = await openStore(dir);
  assert.deepEqual([...reopened.table('fixture.rows').entries()], [['x', { n: 1 }]]);
  assert.equal(reopened.isEmpty(), false);
  // Load folded the journal into a fresh snapshot.
  assert.equal(fs.existsSync(path.join(dir, 'journal.jsonl')), false);
  assert.ok(JSON.parse(fs.readFileSync(path.join(dir, 'snapshot.json'), 'utf8'))['fixture.rows']);
});

test('the snapshot is replaced by an atomic rename of a complete, fsynced temporary file', async (t) => {
  const dir = tmpDir();
  const store = await openStore(dir);
  store.table('fixture.rows').set('old', 1);
  await store.compact();
  const snapshot = path.join(dir, 'snapshot.json');
  const before = fs.readFileSync(snapshot, 'utf8');

  store.table('fixture.rows').set('new', 2);
  await store.flush();
  // At the moment of the rename the old snapshot is intact and the new one is complete on the side;
  // then the "crash": the rename never happens.
  const renames = [];
  const rename = mock.method(fsp, 'rename', async (from, to) => {
    renames.push([from, to]);
    assert.equal(fs.readFileSync(to, 'utf8'), before);
    assert.deepEqual(JSON.parse(fs.readFileSync(from, 'utf8'))['fixture.rows'], [['old', 1], ['new', 2]]);
    throw Object.assign(new Error('simulated crash before rename'), { code: 'EIO' });
  });
  t.after(() => rename.mock.restore());
  await assert.rejects(store.compact(), /simulated crash/);
  assert.equal(renames.length, 1);
  assert.equal(renames[0][1], snapshot);
  assert.equal(path.dirname(renames[0][0]), dir, 'the temporary file is in the same folder (same file system)');
  rename.mock.restore();

  // The old snapshot plus the journal still give every acknowledged row; a leftover temporary file is ignored.
  const reopened = await openStore(dir);
  assert.deepEqual([...reopened.table('fixture.rows').entries()], [['old', 1], ['new', 2]]);
  // And a real compaction does rename.
  assert.notEqual(fs.readFileSync(snapshot, 'utf8'), before);
});
