#!/usr/bin/env node
// Benchmark of the local registry with a large DataPM seed (a script, not a test):
//   node bench/local-registry.mjs [--n 100000] [--runs 25] [--query synthetic] [--keep] [--operation FILE]
// Measures (a) spawn -> `listening on` with --seed bulk:N on an empty data folder (seeding included),
// (b) the median time of a 100-row DataPM searchPackages page at offSet N-100, using the operation the
// DataPM tests send (local-registry/test/operations/datapm/SearchPackages.graphql), and (c) the start
// time on the same, already seeded data folder (a restart).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'local-registry');
const OPERATION = path.join(ROOT, 'test', 'operations', 'datapm', 'SearchPackages.graphql');

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '25' },
    query: { type: 'string', default: 'synthetic' }, // a word every bulk package's description has
    keep: { type: 'boolean', default: false },
    operation: { type: 'string', default: OPERATION }, // another query document, e.g. before the DataPM one exists
  },
});
const N = Number(opts.n);
const RUNS = Number(opts.runs);
const PAGE = 100;

function start(dataDir, seed) {
  const args = [path.join(ROOT, 'server.mjs'), '--port', '0', '--data', dataDir];
  if (seed) args.push('--seed', seed);
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      const m = /^listening on (\S+)\n/m.exec(out);
      if (m) resolve({ url: m[1], ms: performance.now() - t0, child });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function stop(child) {
  return new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); });
}

function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? `${Math.round(Number(m[1]) / 1024)} MiB` : '?';
  } catch { return '?'; }
}

/** Variables for the operation, whatever the DataPM helper named them. */
function variablesFor(text, offset) {
  const vars = {};
  for (const [, name] of text.matchAll(/\$(\w+)\s*:/g)) {
    if (/off/i.test(name)) vars[name] = offset;
    else if (/limit|first|count/i.test(name)) vars[name] = PAGE;
    else vars[name] = opts.query;
  }
  return vars;
}

async function searchOnce(url, query, variables) {
  const t0 = performance.now();
  const res = await fetch(`${url}/datapm/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  const ms = performance.now() - t0;
  if (res.status !== 200 || body.errors) throw new Error(`searchPackages failed (${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return { ms, result: body.data.searchPackages };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function main() {
  if (!fs.existsSync(opts.operation)) {
    console.error(`missing ${path.relative(process.cwd(), opts.operation)} (written with the DataPM dialect); nothing to measure yet`);
    process.exit(1);
  }
  const query = fs.readFileSync(opts.operation, 'utf8');
  const offset = N - PAGE;
  const variables = variablesFor(query, offset);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-bench-'));
  const rows = [];
  try {
    const first = await start(dataDir, `bulk:${N}`);
    rows.push([`first start, --seed bulk:${N} (spawn -> listening)`, first.ms, 10000]);

    for (let i = 0; i < 3; i++) await searchOnce(first.url, query, variables); // warm-up (index build, JIT)
    const times = [];
    let last;
    for (let i = 0; i < RUNS; i++) { last = await searchOnce(first.url, query, variables); times.push(last.ms); }
    const count = last.result.packages?.length;
    rows.push([`searchPackages "${opts.query}" offSet ${offset} limit ${PAGE}, median of ${RUNS}`, median(times), 50]);
    const rss = rssMiB(first.child.pid);
    await stop(first.child);

    const second = await start(dataDir, `bulk:${N}`); // must not seed again
    rows.push([`restart on the seeded data folder (spawn -> listening)`, second.ms, 10000]);
    const again = await searchOnce(second.url, query, variables);
    await stop(second.child);

    const snapshotMiB = (fs.statSync(path.join(dataDir, 'snapshot.json')).size / 1048576).toFixed(1);
    console.log(`local registry bench: node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu?'} x${os.cpus().length}`);
    console.log(`page at offSet ${offset}: ${count} packages (count ${last.result.count ?? '?'}, hasMore ${last.result.hasMore}); after restart: ${again.result.packages?.length} packages`);
    console.log(`server RSS after the searches: ${rss}; snapshot.json: ${snapshotMiB} MiB\n`);
    const w = Math.max(...rows.map((r) => r[0].length));
    console.log(`${'measure'.padEnd(w)} | ${'result'.padStart(10)} | ${'goal'.padStart(9)} | ok`);
    console.log(`${'-'.repeat(w)}-|-${'-'.repeat(10)}-|-${'-'.repeat(9)}-|---`);
    for (const [name, ms, goal] of rows) {
      const fmt = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
      console.log(`${name.padEnd(w)} | ${fmt(ms).padStart(10)} | ${('< ' + fmt(goal).replace('.00', '').replace('.0 ms', ' ms')).padStart(9)} | ${ms < goal ? 'yes' : 'NO'}`);
    }
    if (count !== PAGE) console.log(`\nwarning: expected ${PAGE} packages on the page, got ${count} (is --query matching all ${N} bulk packages?)`);
  } finally {
    if (opts.keep) console.log(`\ndata kept in ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e.stack ?? e); process.exit(1); });
