// Small HTTP helpers shared by the server's parts (node:http only: the registry has no framework dependency).

/** Largest request body the server reads (the contract's cap; bigger bodies get 413). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * Reads the whole request body into a Buffer, refusing more than `limit` bytes.
 * Rejects with BodyTooLarge as soon as the declared or received length passes the limit, so a
 * client cannot make the server buffer an unbounded upload.
 */
export function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLarge());
    const chunks = [];
    let size = 0;
    let done = false;
    const finish = (fn, value) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      fn(value);
    };
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) return finish(reject, new BodyTooLarge());
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => finish(resolve, Buffer.concat(chunks, size)));
    req.on('error', (e) => finish(reject, e));
    // 'close' before 'end' means the client went away mid-body.
    req.on('close', () => finish(reject, Object.assign(new Error('client closed the request'), { code: 'ECONNRESET' })));
  });
}

/** Sends a complete answer with Content-Length; a string or Buffer body is sent as is, anything else as JSON. */
export function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  let contentType = 'application/json; charset=utf-8';
  let data = body;
  if (Buffer.isBuffer(body)) contentType = 'application/octet-stream';
  else if (typeof body === 'string') contentType = 'text/plain; charset=utf-8';
  else data = JSON.stringify(body);
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data ?? '', 'utf8');
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  res.writeHead(status, { 'content-type': contentType, ...lower, 'content-length': buf.length });
  res.end(buf);
}

/** A JSON GraphQL-style error body (used for request-level failures outside graphql-js). */
export function errorBody(message, code) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Resolves after ms, or early (with false) when `signal` fires; never rejects. */
export function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(true); }, ms);
    const onAbort = () => { clearTimeout(timer); resolve(false); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** An AbortSignal that fires when the client goes away before the answer is complete. */
export function clientGone(req, res) {
  const ac = new AbortController();
  const onClose = () => { if (!res.writableFinished) ac.abort(); };
  res.on('close', onClose);
  return ac.signal;
}
