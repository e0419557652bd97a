// Credentials for the Metabind dialect: API keys, user passwords and login JWTs.
// Only hashes of keys and passwords are stored, so a copy of the data folder gives no access.
import crypto from 'node:crypto';

const b64url = (buf) => Buffer.from(buf).toString('base64url');

/** sha256 hex of an API key: keys are random and long, so a plain hash is enough to look them up. */
export function hashKey(key) {
  return crypto.createHash('sha256').update(String(key)).digest('hex');
}

/** A new random API key secret (never stored: only its hash is). */
export function newKeySecret() {
  return 'mbk_' + crypto.randomBytes(24).toString('base64url');
}

/**
 * Splits an x-api-key header. The documented form is `<orgId>:<projectId>:<key>`; the bare key is
 * also accepted because the public docs show both. Returns null when the header is malformed.
 */
export function parseApiKeyHeader(value) {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const parts = value.trim().split(':');
  if (parts.length === 1) return { key: parts[0] };
  if (parts.length === 3 && parts.every((p) => p !== '')) return { orgId: parts[0], projectId: parts[1], key: parts[2] };
  return null;
}

// scrypt with a per-user salt: slow enough that a leaked store does not give passwords away cheaply.
export function hashPassword(password, salt = crypto.randomBytes(16).toString('hex')) {
  const hash = crypto.scryptSync(String(password), salt, 32).toString('hex');
  return { salt, hash };
}

export function verifyPassword(password, stored) {
  if (!stored?.salt || !stored?.hash) return false;
  const { hash } = hashPassword(password, stored.salt);
  return crypto.timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(stored.hash, 'hex'));
}

/** The HS256 signing secret, made once and kept in the store so tokens survive a restart. */
export function jwtSecret(store) {
  const t = store.table('metabind.secrets');
  let row = t.get('jwt');
  if (!row) row = t.set('jwt', { secret: crypto.randomBytes(32).toString('base64') });
  return Buffer.from(row.secret, 'base64');
}

export function signJwt(payload, secret, ttlSeconds = 24 * 3600) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ ...payload, iat: now, exp: now + ttlSeconds }));
  const sig = crypto.createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** The payload of a valid, unexpired (or, with ignoreExpiry, expired) HS256 token, else null (never throws on bad input). */
export function verifyJwt(token, secret, { ignoreExpiry = false } = {}) {
  if (typeof token !== 'string') return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const head = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    // Only HS256: accepting the header's alg blindly would allow "none" tokens.
    if (head.alg !== 'HS256') return null;
    const want = crypto.createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
    const got = Buffer.from(parts[2], 'base64url');
    if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) return null;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (typeof payload.exp !== 'number' || (!ignoreExpiry && payload.exp < Date.now() / 1000)) return null;
    return payload;
  } catch {
    return null;
  }
}
