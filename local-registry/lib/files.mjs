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
  res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-length': stat.size });
  if (req.method === 'HEAD') return res.end();
  try {
    await pipeline(fs.createReadStream(file), res);
  } catch {
    res.destroy(); // the client went away or the file vanished mid-way: nothing more to say
  }
}
