// A small ustar reader and writer. Why hand-written: the local registry may depend on graphql only
// (no packaged tar library among our allowed dependencies), and Node has gzip (node:zlib) but no tar.
// The reader understands what common tools produce: ustar name+prefix, GNU long names ('L') and pax
// extended headers ('x' path=); other entry kinds (links, devices) are skipped.

const BLOCK = 512;

export const field = (buf, off, len) => {
  const s = buf.subarray(off, off + len);
  const nul = s.indexOf(0);
  return s.subarray(0, nul < 0 ? len : nul).toString('utf8');
};
export const octal = (buf, off, len) => {
  const s = field(buf, off, len).trim();
  return s ? parseInt(s, 8) : 0;
};

/** Header checksum: the sum of all header bytes with the checksum field itself read as spaces. */
export function checksum(header) {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i];
  return sum;
}

/** Normalises an entry path: no leading "./" or "/", so "./wasmer.toml" and "wasmer.toml" match. */
export const normalisePath = (p) => String(p).replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');

/**
 * Reads a tar archive (already gunzipped) into [{ path, type: 'file'|'dir', data }].
 * Throws Error with a user-facing message when the bytes are not a tar archive.
 */
export function readTar(buf) {
  const entries = [];
  let pending = {}; // a long name from a preceding 'L' or pax 'x' header
  let off = 0;
  while (off + BLOCK <= buf.length) {
    const header = buf.subarray(off, off + BLOCK);
    if (header.every((b) => b === 0)) break; // end-of-archive marker
    if (octal(header, 148, 8) !== checksum(header)) throw new Error(`not a tar archive (bad header checksum at byte ${off})`);
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const dataStart = off + BLOCK;
    if (dataStart + size > buf.length) throw new Error('tar archive is truncated');
    const data = buf.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') { pending.path = field(data, 0, data.length); continue; }
    if (type === 'x') { Object.assign(pending, parsePax(data)); continue; }
    if (type === 'g') continue; // global pax header: nothing we need
    const prefix = field(header, 345, 155);
    const name = pending.path ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    pending = {};
    if (type === '0' || type === '\0' || type === '7') entries.push({ path: normalisePath(name), type: 'file', data });
    else if (type === '5') entries.push({ path: normalisePath(name), type: 'dir', data: Buffer.alloc(0) });
  }
  return entries;
}

// pax records are "<len> <key>=<value>\n"; only path matters to us.
export function parsePax(data) {
  const out = {};
  let i = 0;
  const text = data.toString('utf8');
  while (i < text.length) {
    const sp = text.indexOf(' ', i);
    const len = parseInt(text.slice(i, sp), 10);
    if (!(len > 0)) break;
    const rec = text.slice(sp + 1, i + len - 1);
    const eq = rec.indexOf('=');
    if (rec.slice(0, eq) === 'path') out.path = rec.slice(eq + 1);
    i += len;
  }
  return out;
}

/** A ustar header for a regular file of `size` bytes (path < 100 bytes, size < 8 GiB). */
export function tarHeader(path, size, mtime = 0) {
  const h = Buffer.alloc(BLOCK);
  h.write(path, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write(Math.floor(mtime / 1000).toString(8).padStart(11, '0') + '\0', 136);
  h.write('0', 156);
  h.write('ustar\0' + '00', 257);
  h.write(checksum(h).toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

/** Zero bytes that pad `size` bytes of file data to a whole block. */
export const tarPadding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The two zero blocks that end an archive. */
export const tarEnd = () => Buffer.alloc(BLOCK * 2);

/** Writes [{ path, data }] as a ustar archive (used to build the demo seed's archives). Paths < 100 bytes. */
export function writeTar(files, mtime = 0) {
  const parts = [];
  for (const { path, data } of files) {
    const body = Buffer.isBuffer(data) ? data : Buffer.from(String(data));
    parts.push(tarHeader(path, body.length, mtime), body, tarPadding(body.length));
  }
  parts.push(tarEnd());
  return Buffer.concat(parts);
}
