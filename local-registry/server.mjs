#!/usr/bin/env node
// The local registry: one HTTP server answering like DataPM, Wasmer and Metabind under
// /datapm, /wasmer and /metabind, so Depot can be run, demoed and tested without a network.
//   node server.mjs --port 4000 --data DIR [--seed demo|bulk:N|large:N[,...]] [--faults] [--host 127.0.0.1]
// stdout carries exactly one line, `listening on http://127.0.0.1:PORT`, which scripts wait for;
// everything else (warnings, bugs) goes to stderr and never includes a header value.
import http from 'node:http';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from './lib/store.mjs';
import { HttpError } from './lib/errors.mjs';
import { readBody, send, errorBody, BodyTooLarge, clientGone } from './lib/http-util.mjs';
import { readGraphQLRequest, guessOperationName, runGraphQL } from './lib/graphql-http.mjs';
import { Faults, applyFault } from './lib/faults.mjs';
import { serveFile } from './lib/files.mjs';
import { attachSubscriptions } from './lib/subscriptions.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BUILTIN_DIALECTS = ['datapm', 'wasmer', 'metabind', 'metabind-docs'];

function usage(message) {
  process.stderr.write(`${message}\nusage: node server.mjs --port PORT --data DIR [--seed demo|bulk:N|large:N[,...]] [--faults] [--host HOST] [--dialect NAME[=MODULE]]...\n`);
  process.exit(2);
}

function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '4000' },
        data: { type: 'string' },
        seed: { type: 'string' },
        faults: { type: 'boolean', default: false },
        host: { type: 'string', default: '127.0.0.1' },
        // Tests only: load just these dialects; NAME=MODULE loads a module from a path (a fixture).
        dialect: { type: 'string', multiple: true },
      },
    }));
  } catch (e) {
    usage(e.message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad --port ${values.port}`);
  if (!values.data) usage('--data DIR is required');
  // A comma-separated list; the demo data always comes first: "demo", "bulk:N", "large:N" or e.g. "bulk:100,large:200".
  let seed = null;
  if (values.seed) {
    seed = [{ kind: 'demo', n: 0 }];
    for (const part of values.seed.split(',')) {
      const m = /^(?:(demo)|(bulk|large):(\d+))$/.exec(part.trim());
      if (!m) usage(`bad --seed ${values.seed} (demo, bulk:N, large:N, or several joined by commas)`);
      if (!m[1]) seed.push({ kind: m[2], n: Number(m[3]) });
    }
  }
  const dialects = (values.dialect ?? BUILTIN_DIALECTS).map((spec) => {
    const [name, file] = spec.split('=');
    return { name, file: file ? path.resolve(file) : path.join(HERE, name, 'index.mjs') };
  });
  return { port, data: values.data, seed, faults: values.faults, host: values.host, dialects };
}

/** Loads each dialect module; one not written yet is skipped so the others still run. */
async function loadDialects(specs, env) {
  const dialects = new Map();
  for (const { name, file } of specs) {
    if (!fs.existsSync(file)) {
      process.stderr.write(`warning: dialect ${name} skipped: ${path.relative(process.cwd(), file) || file} does not exist\n`);
      continue;
    }
    const mod = await import(pathToFileURL(file).href);
    const dialect = await mod.default({ ...env, name });
    if (!dialect?.schema || typeof dialect.context !== 'function') throw new Error(`dialect ${name}: createDialect must return { schema, context }`);
    dialects.set(name, dialect);
  }
  return dialects;
}

/** Runs each seed step (demo first) in every dialect; a dialect ignores the kinds that are not its own. */
async function seedStore(store, dialects, seed) {
  for (const { kind, n } of seed) for (const d of dialects.values()) await d.seed?.(kind, n);
  await store.compact();
}

function makeHandler({ store, dialects, faults, live }) {
  // The normal answer for a request whose body is read; writes to `res` (real or a fault's capture).
  async function answer(req, res, url, body, gqlRequest) {
    const p = url.pathname;
    if (p.startsWith('/files/')) return serveFile(store, req, res, p.slice('/files/'.length));
    if (p === '/' && req.method === 'GET') {
      return send(res, 200, { name: 'depot-local-registry', dialects: [...dialects.keys()].map((d) => ({ name: d, graphql: `/${d}/graphql` })) });
    }
    const m = /^\/([^/]+)(?:\/(.*))?$/.exec(p);
    const dialect = m && dialects.get(m[1]);
    if (dialect) {
      if (m[2] === 'graphql') return runGraphQL(dialect, req, res, gqlRequest);
      if (dialect.handleRest && await dialect.handleRest(req, res, m[2] ?? '', body)) return undefined;
    }
    return send(res, 404, errorBody(`no route for ${req.method} ${p}`, 'NOT_FOUND'));
  }

  return async function handle(req, res) {
    const signal = clientGone(req, res);
    const url = new URL(req.url, 'http://localhost');
    const p = url.pathname;
    // Routes whose bodies may exceed what is buffered (resumable uploads) read the request as a stream.
    const sm = /^\/([^/]+)\/(.+)$/.exec(p);
    const streamer = sm && dialects.get(sm[1]);
    if (streamer?.streams?.(sm[2])) {
      faults?.record(req, p, null);
      const fault = faults?.take(p, null);
      const normal = async (target, opts = {}) => {
        if (await streamer.handleStream(req, target, sm[2], url, opts) === false) {
          req.resume();
          send(target, 404, errorBody(`no route for ${req.method} ${p}`, 'NOT_FOUND'));
        }
      };
      if (fault?.kind === 'dropUpload') return normal(res, { dropAfter: Math.max(0, Number(fault.afterBytes) || 0) });
      if (fault) return applyFault(fault, req, res, normal, signal);
      return normal(res);
    }
    let body;
    try {
      body = await readBody(req);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) return res.destroy(); // the client left mid-body
      faults?.record(req, p, null);
      // Keep reading (and dropping) the rest for a while: closing a socket with unread input sends a
      // reset, which can make the client lose the 413 it has not read yet. A client still sending after
      // 5 s is cut off.
      send(res, 413, errorBody('Request body larger than 64 MiB.', 'PAYLOAD_TOO_LARGE'));
      req.resume();
      setTimeout(() => { if (!req.complete) req.socket?.destroy(); }, 5000).unref();
      return undefined;
    }
    if (p === '/_control' || p.startsWith('/_control/')) {
      if (!faults) return send(res, 404, errorBody('not found', 'NOT_FOUND'));
      // Cut every open subscription socket (a network failure, for reconnect tests).
      if (p === '/_control/subscriptions/drop' && req.method === 'POST') return send(res, 200, { dropped: live.dropAll() });
      if (p === '/_control/subscriptions' && req.method === 'GET') return send(res, 200, { open: live.count() });
      // /_control/<dialect>/...: a dialect's own test hooks (e.g. wasmer/large-package).
      const cm = /^\/_control\/([^/]+)\/(.+)$/.exec(p);
      const owner = cm && dialects.get(cm[1]);
      if (owner?.control) {
        try {
          const out = await owner.control(req, res, cm[2], body);
          if (out !== null) return send(res, 200, out);
        } catch (e) {
          if (e instanceof SyntaxError || e instanceof RangeError) return send(res, 400, errorBody(e.message, 'BAD_REQUEST'));
          throw e;
        }
      }
      return faults.handleControl(req, res, p, body);
    }
    let gqlRequest = null;
    let operationName = null;
    if (/^\/[^/]+\/graphql$/.test(p) && dialects.has(p.split('/')[1])) {
      try {
        gqlRequest = readGraphQLRequest(req, url, body);
        operationName = guessOperationName(gqlRequest.query, gqlRequest.operationName);
      } catch (e) {
        if (!(e instanceof HttpError)) throw e;
        gqlRequest = { error: e };
      }
    }
    faults?.record(req, p, operationName);
    const normal = (target) => {
      if (gqlRequest?.error) return send(target, gqlRequest.error.status, gqlRequest.error.body, gqlRequest.error.headers);
      return answer(req, target, url, body, gqlRequest);
    };
    const fault = faults?.take(p, operationName);
    if (fault) return applyFault(fault, req, res, normal, signal);
    return normal(res);
  };
}

async function main() {
  const opts = parseCli(process.argv.slice(2));
  const store = await openStore(opts.data);
  // Read before the dialects load: creating one may already write (e.g. a signing secret).
  const emptyAtStart = store.isEmpty();
  let port = opts.port;
  const shownHost = ['0.0.0.0', '::', ''].includes(opts.host) ? '127.0.0.1' : opts.host;
  // events: what the dialects publish (a new package version, updated content) for live subscriptions.
  const env = { store, events: new EventEmitter(), baseUrl: () => `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}` };
  env.events.setMaxListeners(0);
  const dialects = await loadDialects(opts.dialects, env);
  if (opts.seed && emptyAtStart) await seedStore(store, dialects, opts.seed);

  const faults = opts.faults ? new Faults() : null;
  const live = {};
  const handle = makeHandler({ store, dialects, faults, live });
  const server = http.createServer((req, res) => {
    // A client may vanish at any moment; its stream errors must never reach the process.
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e) => {
      process.stderr.write(`internal error on ${req.method} ${req.url?.split('?')[0]}: ${e?.stack ?? e}\n`);
      if (!res.headersSent) send(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.destroy();
    });
  });
  Object.assign(live, attachSubscriptions(server, dialects, { faults }));
  server.on('clientError', (err, socket) => {
    if (socket.writable && !socket.writableEnded) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, resolve);
  });
  port = server.address().port;
  process.stdout.write(`listening on ${env.baseUrl()}\n`);

  // Acknowledged writes are already fsynced; still let an in-flight flush finish before leaving.
  const shutdown = () => {
    server.close();
    store.flush().finally(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((e) => {
  process.stderr.write(`local registry failed to start: ${e?.stack ?? e}\n`);
  process.exit(1);
});
