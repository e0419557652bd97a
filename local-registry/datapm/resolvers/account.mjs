// Sign-in and API keys.
import crypto from 'node:crypto';
import { gqlError } from '../../lib/errors.mjs';
import { signJwt, checkPassword, hashSecret } from '../auth.mjs';
import { notAuthenticated } from '../model.mjs';

const SCOPES = ['MANAGE_API_KEYS', 'READ_PRIVATE_ASSETS', 'MANAGE_PRIVATE_ASSETS'];

export function accountResolvers(model) {
  const requireUser = (ctx) => {
    if (!ctx.user) throw notAuthenticated();
    return ctx.user;
  };
  const keyView = (k) => ({ id: k.id, label: k.label, createdAt: k.createdAt, lastUsed: k.lastUsed || null, scopes: k.scopes });
  return {
    Query: {
      me: (_p, _a, ctx) => {
        const user = requireUser(ctx);
        return { user, isAdmin: !!user.isAdmin };
      },
      myAPIKeys: (_p, _a, ctx) => {
        const user = requireUser(ctx);
        return [...model.apiKeys.values()].filter((k) => k.username === user.username)
          .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1)).map(keyView);
      },
    },
    Mutation: {
      async login(_p, { username, password }) {
        const name = String(username).toLowerCase();
        const user = model.users.get(username)
          || [...model.users.values()].find((u) => u.emailAddress && u.emailAddress.toLowerCase() === name);
        if (!user || !checkPassword(String(password), user.passwordHash)) throw gqlError('WRONG_CREDENTIALS', 'UNAUTHENTICATED');
        await model.store.flush(); // the signing key must be durable before a token signed with it exists
        return signJwt(model.store, user.username);
      },
      async createAPIKey(_p, { value }, ctx) {
        const user = requireUser(ctx);
        if (!SCOPES.every((s) => value.scopes.includes(s))) throw gqlError('ALL_SCOPES_REQUIRED', 'BAD_USER_INPUT');
        const label = String(value.label);
        if ([...model.apiKeys.values()].some((k) => k.username === user.username && k.label === label)) {
          throw gqlError('APIKEY_LABEL_NOT_AVIALABLE', 'BAD_USER_INPUT'); // sic, as the real server spells it
        }
        const id = crypto.randomUUID();
        const secret = crypto.randomBytes(24).toString('base64url'); // no "." so the wire form splits cleanly
        model.apiKeys.set(id, {
          id, label, username: user.username, secretHash: hashSecret(secret),
          createdAt: new Date().toISOString(), lastUsed: null, scopes: [...SCOPES],
        });
        await model.store.flush();
        // The real server answers createdAt: null here; the secret is never retrievable again.
        return { id, label, secret, createdAt: null, scopes: [...SCOPES] };
      },
      async deleteAPIKey(_p, { id }, ctx) {
        const user = requireUser(ctx);
        const key = model.apiKeys.get(id);
        // Unlike the real server we check ownership; someone else's key looks like a missing one.
        if (!key || (key.username !== user.username && !user.isAdmin)) {
          throw gqlError(`Failed to get api id ${id}`, 'INTERNAL_SERVER_ERROR');
        }
        model.apiKeys.delete(id);
        await model.store.flush();
        return keyView(key);
      },
    },
  };
}
