// Data access for the Metabind dialect. Everything is scoped to an organization and a project,
// the way the real service scopes API keys.
import crypto from 'node:crypto';
import { compile } from './demo-components.mjs';

export const T = {
  projects: 'metabind.projects',     // `${org}/${proj}` -> { orgId, projectId, name, dependencies, createdAt }
  users: 'metabind.users',           // lower-cased email -> { id, email, name, password: {salt, hash}, orgs }
  apiKeys: 'metabind.apiKeys',       // key id -> { id, orgId, projectId, name, hash, createdAt }
  components: 'metabind.components', // `${org}/${proj}/${id}` -> the project's current (unpublished) components
  assets: 'metabind.assets',         // `${org}/${proj}/${id}` -> { ..., file: path under files/ }
  packages: 'metabind.packages',     // content hash -> published package with snapshots of components/assets
  tags: 'metabind.tags',
  contentTypes: 'metabind.contentTypes',
  contents: 'metabind.contents',
  previews: 'metabind.previews',     // sha256(token) -> { kind: 'component'|'content', orgId, projectId, targetId, createdAt, expiresAt }
};

export const scopedKey = (orgId, projectId, id) => `${orgId}/${projectId}/${id}`;

/** Rows of a scoped table that belong to one project. */
export function projectRows(store, table, { orgId, projectId }) {
  return [...store.table(table).values()].filter((r) => r.orgId === orgId && r.projectId === projectId);
}

export function getProject(store, orgId, projectId) {
  return store.table(T.projects).get(`${orgId}/${projectId}`) ?? null;
}

// A hand-written semver 2.0.0 matcher (major.minor.patch, optional pre-release and build parts).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
export const isSemver = (v) => typeof v === 'string' && v.length <= 256 && SEMVER.test(v);

/** JSON with sorted object keys, so the same content always hashes to the same id. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Package ids are content hashes: a client may cache a package by id forever. */
export function contentHash(content) {
  return crypto.createHash('sha256').update(canonical(content)).digest('hex');
}

/**
 * Builds (without storing) a package from the project's current components and assets.
 * The id covers everything a client would cache, the creation time excluded.
 */
export function buildPackage(store, project, version, metadata, createdAt = new Date().toISOString()) {
  const scope = { orgId: project.orgId, projectId: project.projectId };
  // Each component keeps a version number: 1 when first packaged, one more each time it changed since.
  const before = new Map((latestPackage(store, scope)?.components ?? []).map((c) => [c.id, c]));
  const components = projectRows(store, T.components, scope)
    .sort((a, b) => a.name.localeCompare(b.name))
    // Packaging publishes every component, compiling those not compiled yet.
    .map(({ id, name, title, description, content, compiled, schema, createdAt: c, updatedAt }) => {
      const old = before.get(id);
      const same = old && old.content === content && old.title === title && old.description === description;
      const componentVersion = !old ? 1 : same ? old.version ?? 1 : (old.version ?? 1) + 1;
      return { id, name, title, description, content, compiled: compiled || compile(name, content), schema, status: 'published', version: componentVersion, createdAt: c, updatedAt };
    });
  const assets = projectRows(store, T.assets, scope)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ orgId, projectId, ...asset }) => asset);
  const dependencies = (project.dependencies ?? []).map(({ projectId, version: v }) => ({ projectId, version: v }));
  const body = { orgId: project.orgId, projectId: project.projectId, version, components, assets, dependencies };
  return { id: contentHash(body), ...body, metadata: metadata ?? {}, createdAt };
}

export function findPackage(store, { orgId, projectId }, version) {
  for (const p of store.table(T.packages).values()) {
    if (p.orgId === orgId && p.projectId === projectId && p.version === version) return p;
  }
  return null;
}

/** The package and every package it depends on, transitively, each once (missing ones skipped). */
export function resolveDependencies(store, pkg) {
  const seen = new Set([pkg.id]);
  const out = [];
  const queue = [...pkg.dependencies];
  while (queue.length) {
    const dep = queue.shift();
    const found = findPackage(store, { orgId: pkg.orgId, projectId: dep.projectId }, dep.version);
    if (!found || seen.has(found.id)) continue;
    seen.add(found.id);
    out.push(found);
    queue.push(...found.dependencies);
  }
  return out;
}

/** The id of a project's unpublished state, as the real API spells it: never cache what it names. */
export const draftId = ({ orgId, projectId }) => `draft:${projectId}:${orgId}`;

/** { orgId, projectId } of a draft id, or null. */
export function parseDraftId(id) {
  const m = /^draft:([^:]+):([^:]+)$/.exec(String(id));
  return m ? { projectId: m[1], orgId: m[2] } : null;
}

/** The newest published package of a project, or null. */
export function latestPackage(store, scope) {
  let best = null;
  for (const p of store.table(T.packages).values()) {
    if (p.orgId === scope.orgId && p.projectId === scope.projectId && (!best || p.createdAt > best.createdAt)) best = p;
  }
  return best;
}

/**
 * A current component's status: "published" when the newest package holds it unchanged, "modified" when
 * that package holds an older state of it, "draft" when no package has it yet.
 */
export function componentStatus(store, component) {
  const pkg = latestPackage(store, component);
  const inPkg = pkg?.components.find((c) => c.id === component.id);
  if (!inPkg) return 'draft';
  return inPkg.content === component.content && inPkg.title === component.title && inPkg.description === component.description ? 'published' : 'modified';
}
