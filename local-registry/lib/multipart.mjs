// GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec):
// parts `operations` (JSON), `map` (JSON: file part name -> ["variables.x", ...]) and then the file parts.
//
// Written by hand on purpose: the registry's only dependency is graphql-js (no busboy, no graphql-upload),
// and since the whole body is already in memory under the 64 MiB cap, splitting it on the boundary is a
// few dozen lines.

export class MultipartError extends Error {}

/** The boundary parameter of a multipart/form-data Content-Type, or null. */
export function multipartBoundary(contentType) {
  const m = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType || '');
  return m ? (m[1] ?? m[2]) : null;
}

/** Splits a multipart body into parts: [{ name, filename, mimetype, data: Buffer }]. */
export function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new MultipartError('Malformed multipart body: boundary not found.');
  for (;;) {
    pos += delimiter.length;
    // "--" right after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else throw new MultipartError('Malformed multipart body: bad delimiter line.');
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new MultipartError('Malformed multipart body: part headers not terminated.');
    const headers = parseHeaders(body.toString('utf8', pos, headerEnd));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), dataStart);
    if (next < 0) throw new MultipartError('Malformed multipart body: closing boundary missing.');
    const disposition = headers['content-disposition'] || '';
    const name = dispositionParam(disposition, 'name');
    if (name === null) throw new MultipartError('Malformed multipart body: part without a name.');
    parts.push({
      name,
      filename: dispositionParam(disposition, 'filename'),
      mimetype: headers['content-type'] || 'application/octet-stream',
      data: body.subarray(dataStart, next),
    });
    pos = next + 2;
  }
  return parts;
}

function parseHeaders(text) {
  const headers = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function dispositionParam(disposition, key) {
  const m = new RegExp(`(?:^|;)\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(disposition);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2].trim();
}

/**
 * Turns a multipart body into the GraphQL request it carries: each mapped file becomes the value
 * { filename, mimetype, buffer } at its place in `operations` (usually under variables).
 */
export function graphqlRequestFromMultipart(body, boundary) {
  const parts = parseMultipart(body, boundary);
  const byName = new Map(parts.map((p) => [p.name, p]));
  const opsPart = byName.get('operations');
  const mapPart = byName.get('map');
  if (!opsPart) throw new MultipartError('Misordered multipart fields; expected `operations` first.');
  if (!mapPart) throw new MultipartError('Missing multipart field `map`.');
  let operations;
  let map;
  try { operations = JSON.parse(opsPart.data.toString('utf8')); } catch { throw new MultipartError('Invalid JSON in the `operations` multipart field.'); }
  try { map = JSON.parse(mapPart.data.toString('utf8')); } catch { throw new MultipartError('Invalid JSON in the `map` multipart field.'); }
  if (!operations || typeof operations !== 'object' || Array.isArray(operations)) {
    throw new MultipartError('Batched operations are not supported; `operations` must be an object.');
  }
  if (!map || typeof map !== 'object' || Array.isArray(map)) throw new MultipartError('Invalid type for the `map` multipart field.');
  for (const [fileName, paths] of Object.entries(map)) {
    const part = byName.get(fileName);
    if (!part || part.filename === null) throw new MultipartError(`File missing in the request: ${fileName}.`);
    if (!Array.isArray(paths)) throw new MultipartError(`Invalid map entry for ${fileName}.`);
    for (const p of paths) {
      setPath(operations, String(p), { filename: part.filename, mimetype: part.mimetype, buffer: Buffer.from(part.data) });
    }
  }
  return operations;
}

function setPath(root, dotted, value) {
  const keys = dotted.split('.');
  let obj = root;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i];
    if (k === '__proto__' || obj[k] === null || typeof obj[k] !== 'object') {
      throw new MultipartError(`Invalid object path in the map: ${dotted}.`);
    }
    obj = obj[k];
  }
  const last = keys[keys.length - 1];
  if (last === '__proto__') throw new MultipartError(`Invalid object path in the map: ${dotted}.`);
  obj[last] = value;
}
