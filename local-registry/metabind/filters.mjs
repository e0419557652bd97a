// The real schema's list filters (FilterOperators, NumberFilterOperators, DateFilterOperators on
// ContentFilter / AssetFilter) and sort criteria, applied to stored rows.
import { gqlError } from '../lib/errors.mjs';

/** SQL LIKE: % any run, _ one character, case-insensitive. */
function likeToRegExp(pattern) {
  const body = String(pattern).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

/** FilterOperators on a string field or, for tags, an array of strings (then eq/ne mean "has"/"has not"). */
function textOk(ops, value) {
  const list = Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
  const has = (x) => list.includes(String(x));
  if (ops.eq != null && !(Array.isArray(value) ? has(ops.eq) : list[0] === ops.eq)) return false;
  if (ops.ne != null && (Array.isArray(value) ? has(ops.ne) : list[0] === ops.ne)) return false;
  if (ops.in && !ops.in.some(has)) return false;
  if (ops.nin && ops.nin.some(has)) return false;
  if (ops.all && !ops.all.every(has)) return false;
  if (ops.any && !ops.any.some(has)) return false;
  if (ops.like != null) {
    const re = likeToRegExp(ops.like);
    if (!list.some((x) => re.test(x))) return false;
  }
  return true;
}

/** NumberFilterOperators and DateFilterOperators (dates compared as instants). A null value fails all but ne/nin. */
function orderedOk(ops, value, toNumber) {
  const v = value == null ? null : toNumber(value);
  const n = (x) => toNumber(x);
  if (ops.eq != null && v !== n(ops.eq)) return false;
  if (ops.ne != null && v === n(ops.ne)) return false;
  if (ops.in && !ops.in.map(n).includes(v)) return false;
  if (ops.nin && ops.nin.map(n).includes(v)) return false;
  for (const [op, ok] of [['gt', (a, b) => a > b], ['gte', (a, b) => a >= b], ['lt', (a, b) => a < b], ['lte', (a, b) => a <= b]]) {
    if (ops[op] != null && (v === null || !ok(v, n(ops[op])))) return false;
  }
  return true;
}

const asDate = (x) => {
  const t = Date.parse(x);
  if (Number.isNaN(t)) throw gqlError(`Invalid date: ${x}`, 'BAD_REQUEST');
  return t;
};

/**
 * A predicate for a ContentFilter or AssetFilter. `kinds` maps each filter field to 'text', 'number' or
 * 'date'; `fieldOf(row, name)` reads the row's value.
 */
export function filterPredicate(filter, kinds, fieldOf = (row, name) => row[name]) {
  if (!filter) return () => true;
  const checks = Object.entries(filter).filter(([, ops]) => ops != null).map(([name, ops]) => {
    const kind = kinds[name];
    if (kind === 'text') return (row) => textOk(ops, fieldOf(row, name));
    if (kind === 'number') return (row) => orderedOk(ops, fieldOf(row, name), Number);
    return (row) => orderedOk(ops, fieldOf(row, name), asDate);
  });
  return (row) => checks.every((ok) => ok(row));
}

const cmp = (a, b) => (a == null ? (b == null ? 0 : 1) : b == null ? -1 : a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order from [SortCriteria] (falling back to `fallback`), ties broken by id, plus the cursor key
 * (the sorted fields and the id) that the cursor paging needs. Fields must be among `allowed`.
 */
export function sortOrder(sort, allowed, fallback) {
  if (!sort?.length) return null;
  for (const s of sort) {
    if (!allowed.includes(s.field)) throw gqlError(`Cannot sort by "${s.field}"; one of ${allowed.join(', ')}`, 'BAD_REQUEST');
  }
  const compare = (a, b) => {
    for (const { field, order } of sort) {
      const c = cmp(a[field], b[field]);
      if (c) return order === 'DESC' ? -c : c;
    }
    return fallback(a, b);
  };
  const key = (x) => Object.fromEntries([...sort.map((s) => [s.field, x[s.field] ?? null]), ['name', x.name], ['createdAt', x.createdAt], ['id', x.id]]);
  return { compare, key };
}
