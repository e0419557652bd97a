// Test helpers: start the local registry as a child process and talk GraphQL to it.
// (No tests in this file; `node --test test/` imports it harmlessly.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '..');
export const FIXTURE_DIALECT = path.join(HERE, 'fixtures', 'fixture-dialect.mjs');

/**
 * Spawns server.mjs on a free port and waits for its `listening on URL` line.
 * @param {object} o
 * @param {string} [o.seed]     'demo' | 'bulk:N'
 * @param {boolean} [o.faults]  enable /_control
 * @param {string} [o.dataDir]  reuse a data folder (restart tests); default: a new temp folder
 * @param {string[]} [o.dialects] --dialect values, e.g. ['fixture=' + FIXTURE_DIALECT]; default: the real three
 * @param {number} [o.timeoutMs]
 * @returns {Promise<{url, dataDir, stop(), kill9(), process, stderr(): string}>}
 */
// `niceness` (0-19) starts the server at a lower CPU priority, as nice(1) does (bench figure 9: a registry that
// stands for a remote one must not take the measured program's CPU on a 2-core machine).
export async function startServer({ seed, faults = false, dataDir, dialects, timeoutMs = 30000, niceness = 0 } = {}) {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'local-registry-test-'));
  const args = [path.join(ROOT, 'server.mjs'), '--port', '0', '--data', dir];
  if (seed) args.push('--seed', seed);
  if (faults) args.push('--faults');
  for (const d of dialects ?? []) args.push('--dialect', d);
  const command = niceness > 0 ? ['nice', ['-n', String(niceness), process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command[0], command[1], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => { stderr += s; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`server did not start in ${timeoutMs} ms\n${stderr}`)); }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s) => {
      out += s;
      const m = /^listening on (http:\/\/\S+)\n/m.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    exited.then(({ code, signal }) => { clearTimeout(timer); reject(new Error(`server exited (${code ?? signal}) before listening\n${stderr}`)); });
  });
  const stopWith = async (sig) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    return exited;
  };
  return {
    url,
    dataDir: dir,
    process: child,
    stderr: () => stderr,
    /** SIGTERM and wait for the exit. */
    stop: () => stopWith('SIGTERM'),
    /** SIGKILL (a crash) and wait for the exit. */
    kill9: () => stopWith('SIGKILL'),
  };
}

/** POSTs a GraphQL request to /<dialect>/graphql; body is parsed JSON (or the raw text when it is not JSON). */
export async function gql(url, dialect, query, variables = undefined, headers = {}) {
  const res = await fetch(`${url}/${dialect}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: res.status, body, headers: res.headers };
}

/** The text of test/operations/<dialect>/<name>.graphql. */
export function loadOperation(dialect, name) {
  return fs.readFileSync(path.join(HERE, 'operations', dialect, `${name}.graphql`), 'utf8');
}
