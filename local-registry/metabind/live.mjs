// Previews and live updates. A preview token (made over REST for one component or content item, and the
// only credential a preview needs) opens preview(token) and previewUpdated(token); contentUpdated(id) needs
// an API key like every other read. Both are fed by the server's events: a content item or component
// changed over REST, or a package published that a content item was waiting for.
import crypto from 'node:crypto';
import { gqlError } from '../lib/errors.mjs';
import { eventIterator } from '../lib/pubsub.mjs';
import { T, scopedKey } from './model.mjs';

const hashToken = (token) => crypto.createHash('sha256').update(String(token)).digest('hex');
const PREVIEW_TTL_MS = 7 * 24 * 3600 * 1000;

/** A new preview token for a component or content item (the raw token is returned once, only its hash kept). */
export function createPreview(store, { kind, orgId, projectId, targetId }) {
  const token = `mbp_${crypto.randomBytes(24).toString('base64url')}`;
  const now = Date.now();
  store.table(T.previews).set(hashToken(token), {
    kind, orgId, projectId, targetId, createdAt: new Date(now).toISOString(), expiresAt: new Date(now + PREVIEW_TTL_MS).toISOString(),
  });
  return { token, expiresAt: new Date(now + PREVIEW_TTL_MS).toISOString() };
}

function previewRow(store, token) {
  const row = store.table(T.previews).get(hashToken(token));
  if (!row || Date.parse(row.expiresAt) < Date.now()) throw gqlError('Invalid or expired preview token', 'UNAUTHORIZED');
  return row;
}

/** What preview(token) answers: a ComponentPreview or a ContentPreview of the item as it is now. */
export function previewOf(store, token, { refOf, draftRef }) {
  const row = previewRow(store, token);
  if (row.kind === 'component') {
    const component = store.table(T.components).get(scopedKey(row.orgId, row.projectId, row.targetId)) ?? null;
    return { __typename: 'ComponentPreview', componentId: row.targetId, componentName: component?.name ?? '', component, resolvedRef: draftRef(row) };
  }
  const content = store.table(T.contents).get(scopedKey(row.orgId, row.projectId, row.targetId)) ?? null;
  const type = content && store.table(T.contentTypes).get(scopedKey(row.orgId, row.projectId, content.typeId));
  return {
    __typename: 'ContentPreview', contentId: row.targetId, contentName: content?.name ?? '', contentTypeName: type?.name ?? '',
    content, resolvedRef: content ? refOf(content) : draftRef(row),
  };
}

/** The scope a preview token opens (for previewResolvedPackageData). */
export const previewScope = (store, token) => previewRow(store, token);

/**
 * Subscription resolvers. `helpers` = { requireAccess(ctx), refOf(content, ctx), draftRef(scope, ctx) }.
 */
export function subscriptionResolvers(helpers) {
  return {
    contentUpdated: {
      subscribe(_, { id }, ctx) {
        const scope = helpers.requireAccess(ctx);
        const key = scopedKey(scope.orgId, scope.projectId, id);
        if (!ctx.store.table(T.contents).has(key)) throw gqlError(`Content not found: ${id}`, 'NOT_FOUND');
        return eventIterator(ctx.events, 'metabind.contentUpdated',
          (c) => c.orgId === scope.orgId && c.projectId === scope.projectId && c.id === id,
          (c) => ({ contentId: c.id, content: c, resolvedRef: helpers.refOf(c, ctx), action: c.action ?? 'updated', timestamp: new Date().toISOString() }));
      },
      resolve: (update) => update,
    },
    previewUpdated: {
      subscribe(_, { token }, ctx) {
        const row = previewRow(ctx.store, token);
        const watched = row.kind === 'component' ? 'metabind.componentUpdated' : 'metabind.contentUpdated';
        return eventIterator(ctx.events, watched,
          (x) => x.orgId === row.orgId && x.projectId === row.projectId && x.id === row.targetId,
          (x) => ({ preview: previewOf(ctx.store, token, { refOf: (c) => helpers.refOf(c, ctx), draftRef: (s) => helpers.draftRef(s, ctx) }), action: x.action ?? 'updated', timestamp: new Date().toISOString() }));
      },
      resolve: (update) => update,
    },
  };
}
