// Signed upload URLs and resumable uploads, answering like Google Cloud Storage (where the real Wasmer
// registry sends package archives too large for a GraphQL request):
//
//   generateUploadUrl / getSignedUrlForPackageUpload  -> a signed URL  /wasmer/uploads/<id>?X-Goog-...
//   POST <signed URL> with `x-goog-resumable: start`   -> 201, Location: /wasmer/uploads/<id>?upload_id=<session>
//   PUT <session> Content-Range: bytes a-b/total        -> 308 Resume Incomplete + Range: bytes=0-n, or 200 when complete
//   PUT <session> Content-Range: bytes */total (empty)  -> how much arrived: 308 + Range, or 200 when complete
//   DELETE <session>                                    -> 499, the upload is cancelled
//   PUT <signed URL signed for PUT>                      -> the whole object in one request, 200
//
// Bodies are streamed to disk (files/uploads/<id>.part), never held in memory, so an archive of any size
// can be uploaded; whatever arrived before a dropped connection is kept, and the client resumes from the
// offset a status query reports. Errors are GCS-style XML. publishPackage(signedUrl) then publishes the file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { gqlError } from '../lib/errors.mjs';

const MAX_EXPIRY_S = 7 * 24 * 3600;
const sha256 = (s) => crypto.createHash('sha256').update(String(s)).digest('hex');

function xmlError(res, status, code, message, headers = {}) {
  const body = `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/xml; charset=UTF-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function reply(res, status, headers = {}, body = '') {
  if (res.headersSent || res.destroyed) return;
  const buf = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const h = { 'content-length': buf.length, ...headers };
  if (buf.length && !h['content-type']) h['content-type'] = 'application/json; charset=UTF-8';
  res.writeHead(status, h);
  res.end(buf);
}

/** 'bytes a-b/total', 'bytes a-b/*', 'bytes *\/total', 'bytes *\/*' -> {start, end, total} (nulls for *), or undefined. */
export function parseContentRange(value) {
  if (value === undefined) return null;
  const m = /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/.exec(String(value).trim());
  if (!m) return undefined;
  const r = { start: m[1] === undefined ? null : Number(m[1]), end: m[2] === undefined ? null : Number(m[2]), total: m[3] === '*' ? null : Number(m[3]) };
  if (r.start !== null && r.end < r.start) return undefined;
  return r;
}

const gcsDate = (d) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function createUploads(env, t) {
  const { store } = env;
  const uploads = store.table('wasmer.uploads'); // id -> { id, username, name, version, filename, method, expiresAt, sessionHash, total, complete, publishedAs }
  const secretRow = () => {
    const meta = store.table('wasmer.meta');
    let row = meta.get('uploadSigningKey');
    if (!row) row = meta.set('uploadSigningKey', crypto.randomBytes(32).toString('hex'));
    return Buffer.from(row, 'hex');
  };
  const sign = (row) => crypto.createHmac('sha256', secretRow()).update(`${row.method}\n${row.id}\n${row.expiresAt}`).digest('hex');
  const partFile = (id) => path.join(store.filesDir, 'uploads', `${id}.part`);
  const locks = new Map(); // id -> promise: one request at a time per upload
  const locked = (id, fn) => {
    const run = (locks.get(id) ?? Promise.resolve()).catch(() => {}).then(fn);
    locks.set(id, run);
    return run.finally(() => { if (locks.get(id) === run) locks.delete(id); });
  };
  const receivedOf = async (id) => {
    try { return (await fsp.stat(partFile(id))).size; } catch { return 0; }
  };

  /** A new signed URL for the signed-in user. method: 'POST' (resumable, the default) or 'PUT' (one request). */
  async function signedUrl(viewer, { name, version, filename, expiresAfterSeconds, method }) {
    const m = String(method ?? 'POST').toUpperCase();
    if (m !== 'POST' && m !== 'PUT') throw gqlError(`Unsupported upload method "${method}": use POST (resumable) or PUT`, 'BAD_USER_INPUT');
    const secs = expiresAfterSeconds ?? 900;
    if (!Number.isInteger(secs) || secs < 1 || secs > MAX_EXPIRY_S) throw gqlError(`expiresAfterSeconds must be between 1 and ${MAX_EXPIRY_S}`, 'BAD_USER_INPUT');
    const now = new Date();
    const row = {
      id: crypto.randomBytes(16).toString('hex'), username: viewer.username, name: name ?? null, version: version ?? null,
      filename: filename ?? null, method: m, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + secs * 1000).toISOString(),
      sessionHash: null, total: null, complete: false, publishedAs: null,
    };
    uploads.set(row.id, row);
    await store.flush();
    const q = new URLSearchParams({
      'X-Goog-Algorithm': 'GOOG4-HMAC-SHA256', 'X-Goog-Date': gcsDate(now), 'X-Goog-Expires': String(secs),
      'X-Goog-SignedHeaders': m === 'POST' ? 'host;x-goog-resumable' : 'host', 'X-Goog-Signature': sign(row),
    });
    return { url: `${env.baseUrl()}/wasmer/uploads/${row.id}?${q}`, method: m };
  }

  /** The completed upload a publishPackage(signedUrl) names, checked against the caller. */
  async function completedUpload(url, viewer) {
    let u;
    try { u = new URL(url); } catch { throw gqlError('signedUrl is not a URL', 'BAD_USER_INPUT'); }
    const m = /\/wasmer\/uploads\/([0-9a-f]{32})$/.exec(u.pathname);
    const row = m && uploads.get(m[1]);
    if (!row || u.searchParams.get('X-Goog-Signature') !== sign(row)) throw gqlError('signedUrl does not name an upload of this registry', 'BAD_USER_INPUT');
    if (row.username !== viewer.username) throw gqlError('This upload belongs to another user', 'FORBIDDEN');
    if (!row.complete && !row.publishedAs) {
      throw gqlError(`The upload is not complete: ${await receivedOf(row.id)} of ${row.total ?? 'an unknown number of'} bytes arrived`, 'BAD_USER_INPUT');
    }
    return { ...row, file: partFile(row.id) };
  }

  async function markPublished(id, versionKey) {
    const row = uploads.get(id);
    if (row) uploads.set(id, { ...row, complete: true, publishedAs: versionKey });
  }

  /**
   * Appends the request body to the upload's part file, skipping its first `skip` bytes and writing at
   * most `limit` bytes. With `dropAfter`, the connection is destroyed once that many body bytes were read
   * (those are kept). Resolves to { read, written, over, gone }.
   */
  async function receive(req, file, { skip, limit, dropAfter }) {
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const fh = await fsp.open(file, 'a');
    let read = 0, written = 0, over = false, gone = false;
    try {
      for await (const chunk of req) {
        let piece = chunk;
        if (dropAfter != null && read + piece.length >= dropAfter) piece = piece.subarray(0, Math.max(0, dropAfter - read));
        const from = Math.max(0, skip - read);
        read += piece.length;
        let data = from < piece.length ? piece.subarray(from) : null;
        if (data && written + data.length > limit) { over = true; data = data.subarray(0, Math.max(0, limit - written)); }
        if (data?.length) { await fh.write(data); written += data.length; }
        if (dropAfter != null && read >= dropAfter) {
          await fh.sync();
          gone = true;
          req.socket?.destroy();
          break;
        }
      }
    } catch {
      gone = true; // the client left mid-body: what arrived is kept, as by GCS
    } finally {
      await fh.close();
    }
    return { read, written, over, gone };
  }

  /** 308 with the Range that arrived so far, or 200 with the object when complete. */
  async function status(res, row) {
    const received = await receivedOf(row.id);
    if (row.complete) {
      return reply(res, 200, {}, { kind: 'storage#object', bucket: 'wasmer-local-uploads', name: row.filename ?? row.id, size: String(received), timeCreated: row.createdAt });
    }
    return reply(res, 308, received > 0 ? { range: `bytes=0-${received - 1}` } : {});
  }

  async function finishIfComplete(row) {
    const received = await receivedOf(row.id);
    if (row.total !== null && received === row.total && !row.complete) {
      row = { ...row, complete: true };
      uploads.set(row.id, row);
      await store.flush();
    }
    return row;
  }

  async function sessionRequest(req, res, row, opts) {
    if (req.method === 'DELETE') {
      await fsp.rm(partFile(row.id), { force: true });
      uploads.set(row.id, { ...row, sessionHash: null, total: null, complete: false });
      await store.flush();
      return reply(res, 499, {}, '');
    }
    if (req.method !== 'PUT') return xmlError(res, 405, 'MethodNotAllowed', 'Use PUT to upload to a session URI.', { allow: 'PUT, DELETE' });
    const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
    let range = parseContentRange(req.headers['content-range']);
    if (range === undefined) return xmlError(res, 400, 'InvalidArgument', 'Invalid Content-Range header.');
    if (range === null) {
      if (declared === null) return xmlError(res, 411, 'MissingContentLength', 'A PUT without Content-Range needs Content-Length.');
      range = declared === 0 ? { start: null, end: null, total: 0 } : { start: 0, end: declared - 1, total: declared };
    }
    if (range.total !== null) {
      if (row.total !== null && row.total !== range.total) return xmlError(res, 400, 'InvalidArgument', `The total size changed from ${row.total} to ${range.total}.`);
      if (row.total === null) { row = { ...row, total: range.total }; uploads.set(row.id, row); }
    }
    if (range.start === null) { // a status query: "bytes */total"
      req.resume();
      row = await finishIfComplete(row);
      return status(res, row);
    }
    if (row.complete) { req.resume(); return status(res, row); }
    const received = await receivedOf(row.id);
    if (range.start > received) {
      req.resume();
      return xmlError(res, 400, 'InvalidArgument', `Content-Range starts at ${range.start} but only ${received} bytes have arrived; ask with "bytes */${range.total ?? '*'}".`);
    }
    if (row.total !== null && range.end >= row.total) { req.resume(); return xmlError(res, 400, 'InvalidArgument', 'Content-Range ends after the total size.'); }
    // Bytes already received are skipped (a client may re-send them after a lost answer).
    const r = await receive(req, partFile(row.id), { skip: received - range.start, limit: range.end + 1 - received, dropAfter: opts.dropAfter });
    if (r.gone) return undefined; // nobody to answer; a status query will tell what arrived
    if (r.over) return xmlError(res, 400, 'InvalidArgument', 'The body is longer than its Content-Range.');
    row = await finishIfComplete(uploads.get(row.id));
    return status(res, row);
  }

  /** Handles /wasmer/uploads/<id>...; `sub` is the path after /wasmer/. Returns false for other paths. */
  async function handle(req, res, sub, url, opts = {}) {
    const m = /^uploads\/([0-9a-f]{32})$/.exec(sub);
    if (!m) return false;
    const id = m[1];
    await locked(id, async () => {
      const row = uploads.get(id);
      const session = url.searchParams.get('upload_id');
      if (session !== null) {
        if (!row || !row.sessionHash || sha256(session) !== row.sessionHash) {
          req.resume();
          return xmlError(res, 404, 'NoSuchUpload', 'The requested upload was not found.');
        }
        return sessionRequest(req, res, row, opts);
      }
      if (!row || url.searchParams.get('X-Goog-Signature') !== sign(row)) {
        req.resume();
        return xmlError(res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
      }
      if (Date.now() > Date.parse(row.expiresAt)) { req.resume(); return xmlError(res, 400, 'ExpiredToken', 'The provided token has expired.'); }
      if (row.publishedAs) { req.resume(); return xmlError(res, 403, 'AccessDenied', 'This upload was already published.'); }
      if (req.method === 'POST' && row.method === 'POST') {
        req.resume();
        if (String(req.headers['x-goog-resumable'] ?? '').toLowerCase() !== 'start') {
          return xmlError(res, 403, 'SignatureDoesNotMatch', 'A resumable upload is started with the header x-goog-resumable: start.');
        }
        const sessionId = crypto.randomBytes(24).toString('base64url');
        await fsp.rm(partFile(id), { force: true });
        uploads.set(id, { ...row, sessionHash: sha256(sessionId), total: null, complete: false });
        await store.flush();
        return reply(res, 201, { location: `${env.baseUrl()}/wasmer/uploads/${id}?upload_id=${sessionId}` });
      }
      if (req.method === 'PUT' && row.method === 'PUT') {
        await fsp.rm(partFile(id), { force: true });
        const declared = req.headers['content-length'] === undefined ? null : Number(req.headers['content-length']);
        const r = await receive(req, partFile(id), { skip: 0, limit: Number.MAX_SAFE_INTEGER, dropAfter: opts.dropAfter });
        if (r.gone) return undefined;
        const next = { ...row, total: r.written, complete: declared === null || declared === r.written };
        uploads.set(id, next);
        await store.flush();
        return status(res, next);
      }
      req.resume();
      return xmlError(res, 403, 'SignatureDoesNotMatch', `This URL is signed for ${row.method}, not ${req.method}.`);
    });
    return true;
  }

  /** Removes an upload's part file once its content has moved elsewhere. */
  const forget = (id) => fs.promises.rm(partFile(id), { force: true });

  return { signedUrl, completedUpload, markPublished, handle, forget };
}
