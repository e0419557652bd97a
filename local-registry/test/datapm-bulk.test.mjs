// DataPM dialect with `--seed bulk:100000`: fast enough to start, and deep pages answer quickly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './helpers.mjs';
import { op, removeData } from './datapm-fixtures.mjs';

test('bulk:100000 seeds and starts in under 10 s; a page at offSet 99900 answers in under 50 ms', async () => {
  const t0 = performance.now();
  const srv = await startServer({ seed: 'bulk:100000', timeoutMs: 60000 });
  const startMs = performance.now() - t0;
  try {
    assert.ok(startMs < 10000, `started in ${startMs.toFixed(0)} ms`);
    const times = [];
    let page;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = await op(srv.url, 'SearchPackages', { query: '', offSet: 99900, limit: 20 });
      times.push(performance.now() - t);
      page = r.body.data.searchPackages;
    }
    assert.ok(page.count >= 100000);
    assert.equal(page.packages.length, 20);
    times.sort((a, b) => a - b);
    // The median, so that one slow answer on a busy machine does not fail the test.
    assert.ok(times[2] < 50, `offSet 99900 took ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
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
