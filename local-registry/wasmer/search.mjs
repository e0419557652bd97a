// `search(query, packages, namespaces, users, blogposts, first/after...)`: the real schema's filters.
// Without any filter object every kind is searched (packages by name, then namespaces, users and blog
// posts); passing one or more filter objects limits the search to those kinds and orders each kind by the
// filter's orderBy/sortBy (the real defaults: newest publication / creation first).
import { latestVersion, connection, canSee, ownsNamespace } from './model.mjs';

const PUBLISH_WINDOW_MS = { LAST_DAY: 86400e3, LAST_WEEK: 7 * 86400e3, LAST_MONTH: 30 * 86400e3, LAST_YEAR: 365 * 86400e3 };

/** A CountFilter {count = 0, comparison = GREATER_THAN_OR_EQUAL} applied to n (no filter: true). */
function countOk(filter, n) {
  if (!filter) return true;
  const c = filter.count ?? 0;
  switch (filter.comparison ?? 'GREATER_THAN_OR_EQUAL') {
    case 'EQUAL': return n === c;
    case 'GREATER_THAN': return n > c;
    case 'LESS_THAN': return n < c;
    case 'LESS_THAN_OR_EQUAL': return n <= c;
    default: return n >= c;
  }
}

const between = (iso, after, before) => (!after || iso > new Date(after).toISOString()) && (!before || iso < new Date(before).toISOString());
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts by key(x) in `sortBy` order (DESC by default), ties by name ascending. */
function ordered(items, key, sortBy, nameOf) {
  const dir = sortBy === 'ASC' ? 1 : -1;
  return items.sort((a, b) => dir * cmp(key(a), key(b)) || cmp(nameOf(a), nameOf(b)));
}

export function searchResolver() {
  return function search(_, args, { t, viewer }) {
    const q = String(args.query ?? '').trim().toLowerCase();
    const hit = (...texts) => !q || texts.some((s) => s && String(s).toLowerCase().includes(q));
    const filtered = Boolean(args.packages || args.namespaces || args.users || args.blogposts);
    const packageCount = (owner) => [...t.packages.values()].filter((p) => canSee(t, p, viewer) && ownsNamespace(t, owner, p.namespace)).length;
    const results = [];

    if (!filtered || args.packages) {
      const f = args.packages ?? {};
      const now = Date.now();
      let found = [];
      for (const p of t.packages.values()) {
        if (!canSee(t, p, viewer)) continue;
        const v = latestVersion(t, p.key);
        if (!v || !hit(p.key, v.description, ...(v.keywords ?? []))) continue;
        if (f.curated != null && Boolean(p.curated) !== f.curated) continue;
        if (f.license && String(v.license ?? '').toLowerCase() !== f.license.toLowerCase()) continue;
        if (f.owner && p.namespace !== f.owner) continue;
        if (f.publishedBy && v.publishedBy !== f.publishedBy) continue;
        if (f.hasCommands && !(v.commands ?? []).length) continue;
        if (f.withInterfaces?.length && !f.withInterfaces.every((w) => (v.interfaces ?? []).some((k) => k === w || k.startsWith(`${w}@`)))) continue;
        if (f.publishDate && now - Date.parse(v.createdAt) > PUBLISH_WINDOW_MS[f.publishDate]) continue;
        if (!between(p.createdAt, f.createdAfter, f.createdBefore) || !between(v.createdAt, f.lastPublishedAfter, f.lastPublishedBefore)) continue;
        if (!countOk(f.size, v.size ?? 0) || !countOk(f.downloads, p.downloads ?? 0)) continue;
        found.push({ p, v });
      }
      const name = (x) => x.p.key;
      if (!args.packages) found.sort((a, b) => cmp(name(a), name(b)));
      else {
        const keys = {
          ALPHABETICALLY: name, SIZE: (x) => x.v.size ?? 0, TOTAL_DOWNLOADS: (x) => x.p.downloads ?? 0,
          PUBLISHED_DATE: (x) => x.v.createdAt, CREATED_DATE: (x) => x.p.createdAt, TOTAL_LIKES: () => 0,
        };
        // ALPHABETICALLY reads naturally ascending; like the others it follows sortBy (default DESC).
        found = ordered(found, keys[f.orderBy ?? 'PUBLISHED_DATE'], f.sortBy, name);
      }
      results.push(...found.slice(0, f.count ?? 1000).map((x) => x.v));
    }

    if (!filtered || args.namespaces) {
      const f = args.namespaces ?? {};
      let found = [...t.namespaces.values()].filter((n) => hit(n.name, n.displayName, n.description)
        && countOk(f.packageCount, packageCount(n.name)) && between(n.createdAt, f.createdAfter, f.createdBefore));
      const name = (n) => n.name;
      if (!args.namespaces) found.sort((a, b) => cmp(a.name, b.name));
      else {
        const keys = { PACKAGE_COUNT: (n) => packageCount(n.name), COLLABORATOR_COUNT: (n) => (n.owners ?? []).length, APP_COUNT: () => 0, CREATED_DATE: (n) => n.createdAt };
        found = ordered(found, keys[f.orderBy ?? 'CREATED_DATE'], f.sortBy, name);
      }
      results.push(...found.slice(0, f.count ?? 1000));
    }

    if (!filtered || args.users) {
      const f = args.users ?? {};
      let found = [...t.users.values()].filter((u) => hit(u.username, `${u.firstName} ${u.lastName}`)
        && countOk(f.packageCount, packageCount(u.username)) && between(u.dateJoined, f.joinedAfter, f.joinedBefore));
      const name = (u) => u.username;
      if (!args.users) found.sort((a, b) => cmp(a.username, b.username));
      else {
        const keys = { PACKAGE_COUNT: (u) => packageCount(u.username), APP_COUNT: () => 0, CREATED_DATE: (u) => u.dateJoined };
        found = ordered(found, keys[f.orderBy ?? 'CREATED_DATE'], f.sortBy, name);
      }
      results.push(...found.slice(0, f.count ?? 1000));
    }

    if (!filtered || args.blogposts) {
      const f = args.blogposts ?? {};
      const found = [...t.blogposts.values()].filter((b) => hit(b.title, b.tagline, b.body, ...(b.tags ?? []))
        && (!f.tags?.length || f.tags.every((tag) => (b.tags ?? []).includes(tag))));
      results.push(...ordered(found, (b) => b.publishDate, f.sortBy, (b) => b.slug).slice(0, f.count ?? 1000));
    }
    return connection(results, args);
  };
}
