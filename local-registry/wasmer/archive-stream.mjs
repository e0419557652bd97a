// Reads an uploaded .tar.gz from disk as a stream: its SHA-256 and size, the manifest, the small files
// (README, licence, manifest) and the names of all files. Used for signed-URL uploads, which may be far
// larger than the 64 MiB a GraphQL request may carry: nothing but small files is kept in memory.
import fs from 'node:fs';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { field, octal, checksum, parsePax, normalisePath } from './tar.mjs';
import { parseToml } from './toml.mjs';
import { ArchiveError } from './archive.mjs';

const BLOCK = 512;
const KEEP_MAX = 1024 * 1024; // files up to this size are kept (a README, a manifest); larger ones only named
const MAX_UNPACKED = 8 * 1024 * 1024 * 1024; // the unpacked size a hostile gzip bomb may reach before we stop

/**
 * Incremental ustar reader: feed it bytes with push(); it calls onFile(path, size) for each regular file
 * and collects the data of files up to KEEP_MAX bytes.
 */
class TarScanner {
  constructor() {
    this.buf = Buffer.alloc(0);
    this.pending = {}; // long name from an 'L' or pax 'x' entry
    this.entry = null; // the entry being read: { name, type, size, left (data bytes), pad (padding bytes), chunks|null }
    this.files = new Map(); // path -> Buffer (small files) or null (large ones)
    this.ended = false;
  }

  push(chunk) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    let off = 0;
    while (!this.ended) {
      if (this.entry) {
        // The entry's data, then the zeros that pad it to a whole block; either may arrive in pieces.
        const e = this.entry;
        const take = Math.min(e.left, this.buf.length - off);
        if (e.chunks && take) e.chunks.push(Buffer.from(this.buf.subarray(off, off + take)));
        e.left -= take;
        off += take;
        const skip = Math.min(e.pad, this.buf.length - off);
        if (e.left === 0) { e.pad -= skip; off += skip; }
        if (e.left > 0 || e.pad > 0) break;
        this.finish(e);
        this.entry = null;
        continue;
      }
      if (this.buf.length - off < BLOCK) break;
      const header = this.buf.subarray(off, off + BLOCK);
      off += BLOCK;
      if (header.every((b) => b === 0)) { this.ended = true; break; }
      if (octal(header, 148, 8) !== checksum(header)) throw new ArchiveError('archive is not a valid tar: bad header checksum');
      const size = octal(header, 124, 12);
      const type = String.fromCharCode(header[156] || 0x30);
      const prefix = field(header, 345, 155);
      const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
      const keep = type === 'L' || type === 'x' || ((type === '0' || type === '\0' || type === '7') && size <= KEEP_MAX);
      this.entry = { name, type, size, left: size, pad: (BLOCK - (size % BLOCK)) % BLOCK, chunks: keep ? [] : null };
    }
    this.buf = this.ended ? Buffer.alloc(0) : Buffer.from(this.buf.subarray(off));
  }

  /** Handles a complete entry. */
  finish(e) {
    const data = e.chunks ? Buffer.concat(e.chunks) : null;
    if (e.type === 'L') { this.pending.path = field(data, 0, data.length); return; }
    if (e.type === 'x') { Object.assign(this.pending, parsePax(data)); return; }
    if (e.type === 'g') return;
    const path = normalisePath(this.pending.path ?? e.name);
    this.pending = {};
    if (e.type === '0' || e.type === '\0' || e.type === '7') this.files.set(path, data);
  }
}

/**
 * Streams `file` (a .tar.gz) once: sha256 and size of the compressed bytes, and the archive's files.
 * Returns { manifestPath, manifestText, manifest, files: Map<path, Buffer|null>, sha256, size }.
 * Throws ArchiveError for anything that is not a .tar.gz with a manifest at its root.
 */
export async function scanArchiveFile(file) {
  const hash = crypto.createHash('sha256');
  let size = 0;
  let unpacked = 0;
  const tar = new TarScanner();
  const gunzip = zlib.createGunzip();
  const input = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
  input.on('data', (chunk) => { hash.update(chunk); size += chunk.length; });
  await new Promise((resolve, reject) => {
    let failed = false;
    const fail = (e) => {
      if (failed) return;
      failed = true;
      input.destroy();
      gunzip.destroy();
      reject(e instanceof ArchiveError ? e : new ArchiveError(e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR' || e?.errno < 0
        ? 'archive is not gzip-compressed (expected a .tar.gz)' : `archive cannot be read: ${e?.message ?? e}`));
    };
    gunzip.on('data', (chunk) => {
      unpacked += chunk.length;
      if (unpacked > MAX_UNPACKED) return fail(new ArchiveError('archive too large once unpacked'));
      try { tar.push(chunk); } catch (e) { fail(e); }
    });
    gunzip.on('end', resolve);
    gunzip.on('error', fail);
    input.on('error', fail);
    input.pipe(gunzip);
  });
  const manifestPath = ['wasmer.toml', 'wapm.toml'].find((p) => tar.files.get(p));
  if (!manifestPath) throw new ArchiveError('archive has no wasmer.toml or wapm.toml at its root');
  const manifestText = tar.files.get(manifestPath).toString('utf8');
  let manifest;
  try { manifest = parseToml(manifestText); } catch (e) { throw new ArchiveError(e.message); }
  return { manifestPath, manifestText, manifest, files: tar.files, sha256: hash.digest('hex'), size };
}

/** The SHA-256 (hex) of a file, streamed. */
export async function sha256File(file) {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) hash.update(chunk);
  return hash.digest('hex');
}
