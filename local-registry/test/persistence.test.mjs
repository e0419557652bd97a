// The DataPM dialect's data survives a restart and a kill -9 in the middle of publishing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';
import { op, login, bearer, packageFile, publish, removeData } from './datapm-fixtures.mjs';

const create = (url, auth, slug) => op(url, 'CreatePackage',
  { value: { catalogSlug: 'demo', packageSlug: slug, displayName: `Package ${slug}`, description: 'persistence test' } }, auth);
const details = (url, auth, slug) => op(url, 'PackageDetails', { identifier: { catalogSlug: 'demo', packageSlug: slug } }, auth);

test('a restart with the same data folder keeps a created package and its login key', async () => {
  const first = await startServer({ seed: 'demo' });
  const jwt = await login(first.url);
  await create(first.url, bearer(jwt), 'kept');
  await publish(first.url, bearer(jwt), 'kept', packageFile('kept', '1.0.0'));
  await first.stop();
  const second = await startServer({ dataDir: first.dataDir, seed: 'demo' }); // the seed is not applied twice
  try {
    const r = await details(second.url, bearer(jwt), 'kept'); // a token from before the restart still works
    assert.equal(r.body.data.package.latestVersion.identifier.versionMajor, 1);
    const all = await op(second.url, 'SearchPackages', { query: 'hurricane', offSet: 0, limit: 10 });
    assert.equal(all.body.data.searchPackages.count, 1);
  } finally {
    await second.stop();
    removeData(second);
  }
});

test('kill -9 during a burst of concurrent publishes keeps every acknowledged one', async () => {
  const srv = await startServer({ seed: 'demo' });
  const auth = bearer(await login(srv.url));
  const slugs = Array.from({ length: 50 }, (_, i) => `burst-${i}`);
  for (const s of slugs) await create(srv.url, auth, s);
  const acknowledged = [];
  let answered = 0;
  let killed;
  const burst = slugs.map((s) => publish(srv.url, auth, s, packageFile(s, '1.0.0', { readme: 'x'.repeat(20000) }))
    .then((r) => {
      if (r.status === 200 && r.body.data?.createVersion) acknowledged.push(s);
      // Kill once part of the burst is answered, so that the rest is in flight.
      if (++answered === 15) killed = srv.kill9();
    })
    .catch(() => {}));
  await Promise.all(burst);
  await (killed ?? srv.kill9());
  assert.ok(acknowledged.length >= 15);
  const again = await startServer({ dataDir: srv.dataDir });
  try {
    const auth2 = bearer(await login(again.url));
    for (const s of acknowledged) {
      const r = await details(again.url, auth2, s);
      assert.equal(r.body.data?.package?.latestVersion?.identifier?.versionMajor, 1, `${s}: ${JSON.stringify(r.body)}`);
    }
  } finally {
    await again.stop();
    removeData(again);
  }
});
