// Fault injection and the request log (only with --faults): lets Depot's tests see how the client
// copes with slow, broken and hostile answers, and what it actually sent. Everything stays in memory:
// the log holds header values (credentials), so it is never printed or written to disk.
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { send, sleep, errorBody } from './http-util.mjs';

const KINDS = new Set(['delay', 'stall', 'http', 'html500', 'portal', 'invalidJson', 'truncated', 'drop', 'huge', 'gzipBomb', 'graphqlError', 'redirect', 'dropUpload', 'corrupt', 'partial']);
const STALL_MAX_MS = 10 * 60 * 1000;
const LOG_MAX = 10000; // oldest entries go first; a test never needs more

export class Faults {
  constructor() {
    this.faults = [];
    this.nextId = 1;
    this.log = [];
  }

  /** Records a request (not /_control ones). */
  record(req, path, operationName) {
    this.log.push({ time: new Date().toISOString(), method: req.method, path, operationName: operationName ?? null, headers: { ...req.headers } });
    if (this.log.length > LOG_MAX) this.log.splice(0, this.log.length - LOG_MAX);
  }

  /** The first fault matching this request, counted as used; or null. */
  take(path, operationName) {
    const i = this.faults.findIndex((f) => (f.match.startsWith('/') ? path.startsWith(f.match) : f.match === operationName));
    if (i < 0) return null;
    const fault = this.faults[i];
    if (fault.times > 0 && --fault.left === 0) this.faults.splice(i, 1);
    return fault;
  }

  /** /_control/* routes. */
  handleControl(req, res, path, body) {
    if (path === '/_control/faults' && req.method === 'POST') {
      let spec;
      try { spec = JSON.parse(body.toString('utf8')); } catch { return send(res, 400, errorBody('fault spec is not JSON', 'BAD_REQUEST')); }
      if (!spec || typeof spec.match !== 'string' || !spec.match) return send(res, 400, errorBody('fault needs "match": an operation name or a "/path/prefix"', 'BAD_REQUEST'));
      if (!KINDS.has(spec.kind)) return send(res, 400, errorBody(`unknown fault kind; one of ${[...KINDS].join(', ')}`, 'BAD_REQUEST'));
      const times = spec.times === undefined ? 1 : Number(spec.times);
      if (!Number.isInteger(times) || times < 0) return send(res, 400, errorBody('"times" must be an integer >= 0', 'BAD_REQUEST'));
      const fault = { ...spec, id: this.nextId++, times, left: times };
      this.faults.push(fault);
      return send(res, 200, { id: fault.id });
    }
    if (path === '/_control/faults' && req.method === 'DELETE') {
      const cleared = this.faults.length;
      this.faults = [];
      return send(res, 200, { cleared });
    }
    if (path === '/_control/faults' && req.method === 'GET') return send(res, 200, this.faults);
    if (path === '/_control/requests' && req.method === 'GET') return send(res, 200, this.log);
    if (path === '/_control/requests' && req.method === 'DELETE') {
      const cleared = this.log.length;
      this.log = [];
      return send(res, 200, { cleared });
    }
    return send(res, 404, errorBody('no such control route', 'NOT_FOUND'));
  }
}

/**
 * Answers `req` according to `fault`. `answer(res)` produces the normal answer into any
 * ServerResponse-like object (used by delay, truncated and drop). `signal` fires when the client leaves.
 */
export async function applyFault(fault, req, res, answer, signal) {
  switch (fault.kind) {
    case 'delay':
      if (await sleep(Number(fault.ms) || 0, signal)) await answer(res);
      return;
    case 'stall':
      // Nothing at all is sent; the socket is closed by the client (or after 10 minutes by us).
      await sleep(STALL_MAX_MS, signal);
      res.destroy();
      return;
    case 'http': {
      const headers = { ...(fault.headers ?? {}) };
      let body = fault.body ?? '';
      if (typeof body !== 'string') body = JSON.stringify(body);
      headers['content-type'] = fault.contentType ?? (typeof fault.body === 'object' && fault.body !== null ? 'application/json' : 'text/plain; charset=utf-8');
      // encoding: the body compressed as gzip, deflate (zlib) or rawDeflate (deflate without its zlib header,
      // as some servers send it), with the Content-Encoding that goes with it.
      if (fault.encoding) {
        const encoders = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, rawDeflate: zlib.deflateRawSync };
        if (!encoders[fault.encoding]) return send(res, 400, errorBody('encoding: gzip, deflate or rawDeflate', 'BAD_REQUEST'));
        body = encoders[fault.encoding](Buffer.from(body));
        headers['content-encoding'] = fault.encoding === 'gzip' ? 'gzip' : 'deflate';
      }
      return send(res, Number(fault.status) || 500, body, headers);
    }
    case 'html500':
      return send(res, 500, '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n<body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>\n',
        { 'content-type': 'text/html; charset=utf-8' });
    case 'portal':
      // What a hotel or café network answers for every address until someone signs in on its page.
      return send(res, 200, '<!DOCTYPE html>\n<html><head><title>Welcome to CafeNet</title></head>\n<body><h1>Welcome!</h1><form method="post" action="/portal/login"><p>Accept the terms of use to get online.</p><button>Connect</button></form></body></html>\n',
        { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    case 'invalidJson':
      return send(res, 200, '{"data": {"oops": this is not JSON}', { 'content-type': 'application/json; charset=utf-8' });
    case 'graphqlError': {
      const code = fault.code ?? 'INTERNAL_SERVER_ERROR';
      const body = { errors: [{ message: fault.message ?? code, extensions: { ...(fault.extensions ?? {}), code } }], data: null };
      return send(res, Number(fault.status) || 200, body);
    }
    case 'redirect': {
      const location = String(fault.location ?? '');
      // "http://host:port" (no path) keeps the request's own path and query; anything else is used as given.
      const hasNoPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\/?$/i.test(location);
      const target = hasNoPath ? location.replace(/\/$/, '') + req.url : location;
      return send(res, Number(fault.status) || 307, '', { location: target, 'content-type': 'text/plain; charset=utf-8' });
    }
    case 'truncated': {
      const full = await capture(answer);
      const half = full.body.subarray(0, Math.floor(full.body.length / 2));
      return send(res, 200, half, { 'content-type': 'application/json; charset=utf-8' });
    }
    case 'drop': {
      // The real answer's status and headers (a file keeps its ETag, so a client can resume it), half its body.
      const full = await capture(answer);
      res.writeHead(full.status, { ...full.headers, 'content-length': full.body.length });
      res.write(full.body.subarray(0, Math.floor(full.body.length / 2)), () => res.destroy());
      return;
    }
    case 'huge':
      return streamHuge(res, Number(fault.bytes) || 256 * 1024 * 1024, signal);
    case 'gzipBomb':
      return streamGzipBomb(res, Number(fault.bytes) || 10 * 1024 * 1024 * 1024, signal);
    case 'dropUpload':
      // On streamed upload routes the server keeps `afterBytes` of the body, then drops the connection
      // (handled there); on any other route the body is already read: the connection is dropped unanswered.
      res.destroy();
      return;
    case 'corrupt': {
      // The real answer with the same status, headers and length, one byte changed (at `at`, default the middle).
      // The answer is held in memory: use it on small files.
      const full = await capture(answer);
      const body = Buffer.from(full.body);
      if (body.length) {
        const at = Math.min(body.length - 1, Math.max(0, Number.isInteger(fault.at) ? fault.at : Math.floor(body.length / 2)));
        body[at] ^= 0xff;
      }
      res.writeHead(full.status, full.headers);
      res.end(body);
      return;
    }
    case 'partial': {
      // The real GraphQL answer with the field at `path` (["getPackageVersion", "signature"]) null and an error
      // for it, as a server that failed on one field answers: the rest of the data is kept.
      const full = await capture(answer);
      let json;
      try { json = JSON.parse(full.body.toString('utf8')); } catch { json = null; }
      const path = Array.isArray(fault.path) ? fault.path : [];
      let parent = json?.data;
      for (const step of path.slice(0, -1)) parent = parent?.[step];
      if (!json?.data || !path.length || parent == null || typeof parent !== 'object') {
        return send(res, 500, errorBody(`partial: the answer has no field at ${JSON.stringify(path)}`, 'INTERNAL_SERVER_ERROR'));
      }
      parent[path[path.length - 1]] = null;
      const code = fault.code ?? 'INTERNAL_SERVER_ERROR';
      json.errors = [...(json.errors ?? []), { message: fault.message ?? 'Internal server error', path, extensions: { code } }];
      return send(res, 200, json);
    }
    default:
      return send(res, 500, errorBody(`fault kind ${fault.kind} not implemented`, 'INTERNAL_SERVER_ERROR'));
  }
}

/** An answer that never closes its JSON string, streamed with backpressure (chunked, no Content-Length). */
async function streamHuge(res, bytes, signal) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const head = Buffer.from('{"data":{"blob":"');
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const write = (buf) => new Promise((resolve) => {
    if (res.write(buf)) return resolve();
    const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
    res.on('drain', done);
    res.on('close', done);
  });
  await write(head.subarray(0, Math.min(head.length, bytes)));
  sent += Math.min(head.length, bytes);
  while (sent < bytes && !signal.aborted && !res.destroyed) {
    const n = Math.min(chunk.length, bytes - sent);
    await write(n === chunk.length ? chunk : chunk.subarray(0, n));
    sent += n;
  }
  if (!res.destroyed) res.end();
}

// A gzip bomb costs the server one small buffer: a mebibyte of zeros compressed into raw deflate blocks that end
// in a full flush (no final block, no memory of what came before), so the same bytes sent again inflate to the
// next mebibyte. About 1 KiB per MiB: the default 10 GiB is a 10 MiB body.
const MIB = 1024 * 1024;
const deflatedZeros = (n) => zlib.deflateRawSync(Buffer.alloc(n), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
let mebibyteOfZeros;

// CRC-32 of `n` zero bytes without reading them: the register times x^(8n) modulo the polynomial, as zlib's
// crc32_combine computes it (multmodp, x2nmodp), so that the trailer is right and a client that reads it all
// gets a valid gzip member.
const CRC_POLY = 0xedb88320;
function multModP(a, b) {
  let m = 0x80000000, p = 0;
  for (;;) {
    if (a & m) {
      p = (p ^ b) >>> 0;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? ((b >>> 1) ^ CRC_POLY) >>> 0 : b >>> 1;
  }
  return p >>> 0;
}
function crc32OfZeros(n) {
  let power = 0x40000000; // x^1
  let result = 0x80000000; // x^0
  for (let bits = BigInt(n) * 8n; bits > 0n; bits >>= 1n) {
    if (bits & 1n) result = multModP(power, result);
    power = multModP(power, power);
  }
  return (multModP(result, 0xffffffff) ^ 0xffffffff) >>> 0;
}

/** 200 application/json, Content-Encoding: gzip, with its Content-Length: zeros inflating to `bytes`. */
async function streamGzipBomb(res, bytes, signal) {
  mebibyteOfZeros ??= deflatedZeros(MIB);
  const whole = Math.floor(bytes / MIB);
  const rest = bytes % MIB;
  const tail = rest ? deflatedZeros(rest) : Buffer.alloc(0);
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  const trailer = Buffer.alloc(10);
  trailer.writeUInt16LE(0x0003, 0); // a final fixed-Huffman block with nothing in it
  trailer.writeUInt32LE(crc32OfZeros(bytes), 2);
  trailer.writeUInt32LE(bytes % 2 ** 32, 6);
  const length = header.length + whole * mebibyteOfZeros.length + tail.length + trailer.length;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'gzip', 'content-length': length });
  const write = (buf) => new Promise((resolve) => {
    if (res.write(buf)) return resolve();
    const done = () => { res.off('drain', done); res.off('close', done); resolve(); };
    res.on('drain', done);
    res.on('close', done);
  });
  await write(header);
  for (let i = 0; i < whole && !signal.aborted && !res.destroyed; i++) await write(mebibyteOfZeros);
  if (signal.aborted || res.destroyed) return;
  if (tail.length) await write(tail);
  if (!res.destroyed) res.end(trailer);
}

/** Collects what `answer` would have sent: a minimal ServerResponse stand-in that is a Writable. */
class CaptureResponse extends Writable {
  constructor() {
    super();
    this.statusCode = 200;
    this.headers = {};
    this.chunks = [];
    this.headersSent = false;
  }
  setHeader(name, value) { this.headers[name.toLowerCase()] = value; return this; }
  getHeader(name) { return this.headers[name.toLowerCase()]; }
  removeHeader(name) { delete this.headers[name.toLowerCase()]; }
  writeHead(status, a, b) {
    this.statusCode = status;
    const headers = typeof a === 'string' ? b : a;
    for (const [k, v] of Object.entries(headers ?? {})) this.setHeader(k, v);
    this.headersSent = true;
    return this;
  }
  _write(chunk, encoding, callback) {
    this.headersSent = true;
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    callback();
  }
}

async function capture(answer) {
  const cap = new CaptureResponse();
  const finished = new Promise((resolve) => cap.on('finish', resolve));
  await answer(cap);
  await finished;
  return { status: cap.statusCode, headers: cap.headers, body: Buffer.concat(cap.chunks) };
}
