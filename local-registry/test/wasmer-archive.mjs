// Test helper: builds .tar.gz package archives for the Wasmer publish tests. Written independently of
// wasmer/tar.mjs on purpose, so the registry's reader is checked against a second implementation.
import zlib from 'node:zlib';

function header(name, size) {
  const h = Buffer.alloc(512, 0);
  const put = (s, off) => h.write(s, off, 'ascii');
  put(name, 0);
  put('0000644\0', 100);
  put('0001750\0', 108);
  put('0001750\0', 116);
  put(size.toString(8).padStart(11, '0') + '\0', 124);
  put('14677024000\0', 136);
  put('        ', 148); // checksum is computed with these eight bytes as spaces
  put('0', 156);
  put('ustar\0', 257);
  put('00', 263);
  let sum = 0;
  for (const b of h) sum += b;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

/** files: { 'path': string | Buffer } -> gzipped tar Buffer. */
export function makeArchive(files) {
  const chunks = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    chunks.push(header(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  chunks.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(chunks));
}

/** A wasmer.toml with one module (source `<module>.wasm`) and one command. */
export function manifest({ name, version, description = 'A test package', module = 'hello' }) {
  return `[package]
name = "${name}"
version = "${version}"
description = "${description}"
license = "MIT"
readme = "README.md"

[[module]]
name = "${module}"
source = "${module}.wasm" # the compiled module
abi = "wasi"

[[command]]
name = "${module}"
module = "${module}"
`;
}

export const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** A GraphQL multipart request (operations + map + one file part) built with FormData and Blob. */
export async function publishMultipart(url, query, input, archive, headers = {}) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { input: { ...input, fileUpload: null } } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.fileUpload'] }));
  form.append('0', new Blob([archive], { type: 'application/gzip' }), 'package.tar.gz');
  const res = await fetch(`${url}/wasmer/graphql`, { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}
