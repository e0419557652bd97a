// Credentials: login JWTs (HS256 via node:crypto, no JWT library), password hashes and API keys.
// Nothing secret is ever stored in plain text: passwords are scrypt-hashed with a salt, API key
// secrets are sha256-hashed (they are 32 random bytes, so a slow hash adds nothing).
import crypto from 'node:crypto';
import { HttpError, contextFailure } from '../lib/errors.mjs';

const JWT_LIFETIME_S = 24 * 60 * 60; // the real server's tokens last one day and cannot be refreshed

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/** The HMAC key for JWTs: generated once per data folder, so tokens survive a restart but not a new folder. */
export function jwtKey(store) {
  const meta = store.table('datapm.meta');
  let key = meta.get('jwtKey');
  if (!key) key = meta.set('jwtKey', crypto.randomBytes(32).toString('hex'));
  return Buffer.from(key, 'hex');
}

export function signJwt(store, username, nowMs = Date.now()) {
  const iat = Math.floor(nowMs / 1000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: username, iat, exp: iat + JWT_LIFETIME_S }));
  const sig = b64url(crypto.createHmac('sha256', jwtKey(store)).update(`${head}.${body}`).digest());
  return `${head}.${body}.${sig}`;
}

/** Returns the username of a valid token; throws the HttpError the real server answers with otherwise. */
export function verifyJwt(store, token) {
  const parts = token.split('.');
  let header, payload;
  try {
    if (parts.length !== 3) throw new Error('parts');
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!header || typeof payload !== 'object' || payload === null) throw new Error('shape');
  } catch {
    throw contextFailure('invalid token', 'UNAUTHENTICATED');
  }
  const expected = crypto.createHmac('sha256', jwtKey(store)).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (header.alg !== 'HS256' || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw contextFailure('invalid signature', 'INVALID_AUTHENTICATION');
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 <= Date.now()) throw contextFailure('jwt expired', 'UNAUTHENTICATED');
  return String(payload.sub);
}

export function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 32);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export function checkPassword(password, stored) {
  if (typeof stored !== 'string') return false;
  const [kind, saltHex, hashHex] = stored.split('$');
  if (kind !== 'scrypt') return false;
  const hash = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 32);
  return crypto.timingSafeEqual(hash, Buffer.from(hashHex, 'hex'));
}

export const hashSecret = (secret) => crypto.createHash('sha256').update(secret).digest('hex');

/**
 * Builds the request context. Order as in the real server: X-API-Key first, then Authorization.
 * A bad credential fails the whole request; none at all means anonymous.
 */
export function makeContext(store) {
  const users = store.table('datapm.users');
  const keys = store.table('datapm.apiKeys');
  return async function context({ headers }) {
    const apiKey = headers['x-api-key'];
    if (apiKey !== undefined) {
      // Buffer.from(…, 'base64') never throws; the real server fails with a 500 on non-base64 input.
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(apiKey) || apiKey.length % 4 === 1) {
        throw new HttpError(500, { errors: [{ message: 'Context creation failed: API key is not base64', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
      const decoded = Buffer.from(apiKey, 'base64').toString('utf8');
      const dot = decoded.indexOf('.');
      const row = dot > 0 ? keys.get(decoded.slice(0, dot)) : undefined;
      if (!row || row.secretHash !== hashSecret(decoded.slice(dot + 1)) || !users.has(row.username)) {
        throw contextFailure('API_KEY_NOT_FOUND', 'UNAUTHENTICATED');
      }
      const now = new Date();
      // lastUsed is informational: record it without delaying the request; a lost update is harmless.
      if (!row.lastUsed || now - new Date(row.lastUsed) > 1000) {
        keys.set(row.id, { ...row, lastUsed: now.toISOString() });
        store.flush().catch(() => {});
      }
      return { user: users.get(row.username), via: 'apiKey' };
    }
    const auth = headers.authorization;
    if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
      const username = verifyJwt(store, auth.slice(7).trim());
      const user = users.get(username);
      if (!user) throw contextFailure('USER_NOT_FOUND', 'UNAUTHENTICATED');
      return { user, via: 'jwt' };
    }
    return { user: null };
  };
}
