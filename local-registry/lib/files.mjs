// GET /files/<path>: the stored files (Wasmer archives, Metabind assets, the demo CSV).
// Downloads are plain GETs without credentials (like the real CDNs), with Content-Length so a
// client can check `size` and show progress.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { send, errorBody } from './http-util.mjs';

const TYPES = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.wasm': 'application/wasm',
  '.webc': 'application/octet-stream',
  '.toml': 'application/toml',
};

export function contentTypeFor(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Serves `rest` (the URL path after /files/, still percent-encoded) from the store's files folder. */
export async function serveFile(store, req, res, rest) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, errorBody('files are read with GET', 'BAD_REQUEST'), { allow: 'GET, HEAD' });
  let rel;
  try { rel = decodeURIComponent(rest); } catch { return send(res, 400, errorBody('bad path encoding', 'BAD_REQUEST')); }
  // store.filePath refuses anything that resolves outside files/ (../, absolute paths); NUL would make fs throw.
  const file = rel && !rel.includes('\0') ? store.filePath(rel) : null;
  if (!file) return send(res, 404, errorBody('file not found', 'NOT_FOUND'));
  let stat;
  try { stat = await fs.promises.stat(file); } catch { stat = null; }
  if (!stat || !stat.isFile()) return send(res, 404, errorBody('file not found', 'NOT_FOUND'));
  const headers = { 'content-type': contentTypeFor(file), 'accept-ranges': 'bytes', etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"` };
  let range = null;
  // One byte range (bytes=a-b, a-, -n), so an interrupted download can resume; If-Range must match the ETag.
  const ifRange = req.headers['if-range'];
  if (req.headers.range && (ifRange === undefined || ifRange === headers.etag)) {
    range = parseRange(req.headers.range, stat.size);
    if (range === 'unsatisfiable') {
      return send(res, 416, errorBody('requested range not satisfiable', 'BAD_REQUEST'), { 'content-range': `bytes */${stat.size}` });
    }
  }
  if (range) {
    res.writeHead(206, { ...headers, 'content-length': range.end - range.start + 1, 'content-range': `bytes ${range.start}-${range.end}/${stat.size}` });
  } else {
    res.writeHead(200, { ...headers, 'content-length': stat.size });
  }
  if (req.method === 'HEAD') return res.end();
  try {
    // Streamed in 1 MiB reads with backpressure: a file of any size costs no more memory than that.
    await pipeline(fs.createReadStream(file, { highWaterMark: 1024 * 1024, ...(range ?? {}) }), res);
  } catch {
    res.destroy(); // the client went away or the file vanished mid-way: nothing more to say
  }
}

/**
 * A single "bytes=" range against a file of `size` bytes: {start, end} (inclusive), null to send the
 * whole file (a header we do not understand, or several ranges), or 'unsatisfiable'.
 */
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(String(header).trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start, end;
  if (m[1] === '') { // the last n bytes
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null;
  }
  if (start >= size || size === 0) return 'unsatisfiable';
  return { start, end };
}
