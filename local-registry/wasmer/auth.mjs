// Tokens and passwords. Only hashes are stored: a raw API token is shown once (generateApiToken) and
// never kept, so a copied data folder does not leak working credentials.
import crypto from 'node:crypto';
import { gqlError } from '../lib/errors.mjs';

export const hashToken = (raw) => crypto.createHash('sha256').update(String(raw)).digest('hex');

/** Passwords use scrypt with a per-user salt ("scrypt$salt$hash"); node:crypto has it, no dependency. */
export function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  return `scrypt$${salt}$${crypto.scryptSync(String(password), salt, 32).toString('hex')}`;
}

export function checkPassword(password, stored) {
  const [kind, salt, hex] = String(stored ?? '').split('$');
  if (kind !== 'scrypt' || !salt || !hex) return false;
  const want = Buffer.from(hex, 'hex');
  const got = crypto.scryptSync(String(password), salt, want.length);
  return crypto.timingSafeEqual(want, got);
}

/** Stores a new token of `kind` ('api' tokens are listed in viewer.apiTokens; 'session'/'refresh' are not). */
export function issueToken(t, username, kind, identifier = null, raw = null) {
  const tokenRaw = raw ?? `wat_${crypto.randomBytes(24).toString('base64url')}`;
  const row = {
    id: crypto.randomUUID(),
    hash: hashToken(tokenRaw),
    username,
    kind,
    identifier,
    createdAt: new Date().toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  t.tokens.set(row.hash, row);
  return { tokenRaw, row };
}

/**
 * The user behind `Authorization: Bearer <token>` (also "JWT <token>", the scheme the Wasmer CLI used
 * for tokenAuth tokens), or null. A bad token is not an error: viewer is then simply null.
 */
export function viewerFrom(t, headers) {
  const m = /^(?:Bearer|JWT|Token)\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!m) return null;
  const row = t.tokens.get(hashToken(m[1]));
  if (!row || row.revokedAt || row.kind === 'refresh') return null;
  const user = t.users.get(row.username);
  return user ? { ...user, tokenHash: row.hash } : null;
}

export function requireViewer(ctx) {
  if (!ctx.viewer) throw gqlError('You must be logged in to perform this action', 'UNAUTHENTICATED');
  return ctx.viewer;
}
