// Sign-in and API token mutations. Every change is flushed before the answer (the store's rule).
import { gqlError } from '../lib/errors.mjs';
import { checkPassword, issueToken, requireViewer, hashToken } from './auth.mjs';
import { publishResolver } from './publish.mjs';

const REFRESH_SECONDS = 7 * 24 * 3600;

/** hooks: { uploads (uploads.mjs), published(row) } */
export function mutationResolvers(store, t, hooks = {}) {
  return {
    // Legacy password sign-in. Tokens are opaque (not JWTs) but are accepted as Bearer like API tokens.
    tokenAuth: async (_, { input }) => {
      const user = t.users.get(input.username);
      if (!user || !checkPassword(input.password, user.passwordHash)) {
        throw gqlError('Please enter valid credentials', 'UNAUTHENTICATED');
      }
      const session = issueToken(t, user.username, 'session');
      const refresh = issueToken(t, user.username, 'refresh');
      await store.flush();
      const now = Math.floor(Date.now() / 1000);
      return {
        payload: { username: user.username, exp: now + 300, origIat: now },
        refreshExpiresIn: now + REFRESH_SECONDS,
        username: user.username,
        token: session.tokenRaw,
        refreshToken: refresh.tokenRaw,
        clientMutationId: input.clientMutationId ?? null,
      };
    },
    generateApiToken: async (_, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      const { tokenRaw, row } = issueToken(t, viewer.username, 'api', input.identifier ?? null);
      await store.flush();
      return { clientMutationId: input.clientMutationId ?? null, token: row, tokenRaw, user: t.users.get(viewer.username) };
    },
    revokeApiToken: async (_, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      let row = null;
      if (input.token) row = t.tokens.get(hashToken(input.token)) ?? null;
      else if (input.tokenId) {
        // Accept our raw id or its Relay global id ("APIToken:<id>" in base64).
        const decoded = Buffer.from(input.tokenId, 'base64').toString();
        const id = decoded.startsWith('APIToken:') ? decoded.slice(9) : input.tokenId;
        row = [...t.tokens.values()].find((k) => k.id === id) ?? null;
      } else throw gqlError('Give tokenId or token', 'BAD_USER_INPUT');
      if (!row || row.kind !== 'api' || row.username !== viewer.username) throw gqlError('Token not found', 'NOT_FOUND');
      if (!row.revokedAt) {
        row = { ...row, revokedAt: new Date().toISOString() };
        t.tokens.set(row.hash, row);
        await store.flush();
      }
      return { clientMutationId: input.clientMutationId ?? null, token: row, success: true };
    },
    publishPackage: publishResolver(store, t, hooks),
    // The current way to get an upload address (getSignedUrlForPackageUpload is the older query).
    generateUploadUrl: async (_, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      const { url, method } = await hooks.uploads.signedUrl(viewer, input);
      return { clientMutationId: input.clientMutationId ?? null, signedUrl: { url }, method };
    },
  };
}
