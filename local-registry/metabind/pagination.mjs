// Cursor pagination as the real schema has it: `(cursor, limit)` -> { data, pagination { cursor hasMore limit } }.
// The cursor names the last item's sort key (not an offset), so items published between two page
// requests neither repeat nor get skipped.
import { gqlError } from '../lib/errors.mjs';

const MAX_LIMIT = 100;

function decodeCursor(cursor) {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object') return v;
  } catch { /* answered below */ }
  throw gqlError('Invalid cursor', 'BAD_REQUEST');
}

/**
 * @param items   all matching items
 * @param compare total order of the items (ties broken by id)
 * @param keyOf   item -> the small object a cursor encodes; compare() must accept it in place of an item
 */
export function paginate(items, { cursor, limit }, compare, keyOf) {
  if (limit == null) limit = 20;
  if (!Number.isInteger(limit) || limit < 1) throw gqlError('limit must be a positive integer', 'BAD_REQUEST');
  limit = Math.min(limit, MAX_LIMIT);
  const sorted = [...items].sort(compare);
  let rest = sorted;
  if (cursor != null && cursor !== '') {
    const after = decodeCursor(cursor);
    rest = sorted.filter((item) => compare(item, after) > 0);
  }
  const data = rest.slice(0, limit);
  const hasMore = rest.length > limit;
  const next = hasMore ? Buffer.from(JSON.stringify(keyOf(data[data.length - 1]))).toString('base64url') : null;
  return { data, pagination: { cursor: next, hasMore, limit } };
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, then by id: the order of package and content lists. */
export const newestFirst = (a, b) => cmp(String(b.createdAt), String(a.createdAt)) || cmp(String(a.id), String(b.id));
export const newestKey = (x) => ({ createdAt: x.createdAt, id: x.id });

/** By name, then by id: the order of components, assets, tags, content types. */
export const byName = (a, b) => cmp(String(a.name), String(b.name)) || cmp(String(a.id), String(b.id));
export const nameKey = (x) => ({ name: x.name, id: x.id });
