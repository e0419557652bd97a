// DataPM dialect with `--seed bulk:100000`: it starts, deep pages are complete and ordered.
// How fast is measured by bench/local-registry.mjs, not asserted here (a timed test fails on a busy machine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';
import { op, removeData } from './datapm-fixtures.mjs';

test('bulk:100000 seeds and starts; a page at offSet 99900 is full; latest pages are ordered', async () => {
  const srv = await startServer({ seed: 'bulk:100000', timeoutMs: 60000 });
  try {
    const page = (await op(srv.url, 'SearchPackages', { query: 'synthetic', offSet: 99900, limit: 100 })).body.data.searchPackages;
    assert.ok(page.count >= 100000);
    assert.equal(page.packages.length, 100);
    // Bulk packages have distinct timestamps: latestPackages pages are strictly ordered, without overlap.
    const a = (await op(srv.url, 'LatestPackages', { offSet: 50000, limit: 10 })).body.data.latestPackages.packages;
    const b = (await op(srv.url, 'LatestPackages', { offSet: 50010, limit: 10 })).body.data.latestPackages.packages;
    const t = [...a, ...b].map((p) => Date.parse(p.updatedAt));
    for (let i = 1; i < t.length; i++) assert.ok(t[i - 1] > t[i]);
    const word = await op(srv.url, 'SearchPackages', { query: 'rainfall', offSet: 0, limit: 5 });
    assert.ok(word.body.data.searchPackages.count >= 5000);
  } finally {
    await srv.stop();
    removeData(srv);
  }
});
