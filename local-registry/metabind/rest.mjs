// Metabind's REST side (/metabind/app/v1/...), with a user JWT from the login: publishing a package,
// managing a project's API keys, reading the project's current (unpublished) components and assets, and
// updating a content item. Shapes follow docs.metabind.ai; errors are JSON {error: {code, message, details?}}.
import crypto from 'node:crypto';
import { T, getProject, isSemver, buildPackage, findPackage, projectRows, latestPackage, scopedKey, componentStatus } from './model.mjs';
import { hashKey, newKeySecret, verifyPassword, jwtSecret, signJwt, verifyJwt } from './auth.mjs';
import { compile, schemaOf } from './demo-components.mjs';
import { createPreview } from './live.mjs';

class RestError extends Error {
  constructor(status, code, message, details) { super(message); this.status = status; this.code = code; this.details = details; }
}

function send(res, status, value) {
  const body = value === undefined ? '' : JSON.stringify(value);
  const headers = { 'content-length': Buffer.byteLength(body) };
  if (body) headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(status, headers);
  res.end(body);
}

function parseBody(body) {
  if (!body || body.length === 0) return {};
  try {
    const v = JSON.parse(Buffer.from(body).toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch { /* answered below */ }
  throw new RestError(400, 'BAD_REQUEST', 'The body must be a JSON object');
}

const DEFAULT_TTL_S = 24 * 3600;
let tokenTtl = DEFAULT_TTL_S;
/** Tests of expiry: how long tokens from later logins last (1 s to 1 day). */
export function setTokenTtl(seconds) {
  const s = Number(seconds);
  if (!Number.isInteger(s) || s < 1 || s > DEFAULT_TTL_S) throw new RangeError(`seconds must be a whole number from 1 to ${DEFAULT_TTL_S}`);
  tokenTtl = s;
  return s;
}

/** The signed-in user from `Authorization: Bearer <jwt>`, else 401 (an expired token says so). */
function requireUser(store, req) {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const payload = m && verifyJwt(m[1], jwtSecret(store));
  const user = payload && store.table(T.users).get(payload.sub);
  if (!user) {
    const expired = m && verifyJwt(m[1], jwtSecret(store), { ignoreExpiry: true });
    throw new RestError(401, 'UNAUTHORIZED', expired ? 'The token has expired: sign in again' : 'A valid bearer token is required');
  }
  return user;
}

/** The project the path names, once the user is known to belong to its organization. */
function requireProject(store, user, orgId, projectId) {
  if (!user.orgs.includes(orgId)) throw new RestError(403, 'FORBIDDEN', 'You are not a member of this organization');
  const project = getProject(store, orgId, projectId);
  if (!project) throw new RestError(404, 'NOT_FOUND', `Project not found: ${projectId}`);
  return project;
}

async function login(store, body) {
  const { email, password } = body;
  if (typeof email !== 'string' || typeof password !== 'string') {
    throw new RestError(400, 'BAD_REQUEST', 'email and password are required');
  }
  const user = store.table(T.users).get(email.trim().toLowerCase());
  if (!user || !verifyPassword(password, user.password)) {
    throw new RestError(401, 'INVALID_CREDENTIALS', 'Invalid email or password');
  }
  const token = signJwt({ sub: user.email }, jwtSecret(store), tokenTtl);
  await store.flush(); // the signing secret may be new: it must outlive a restart like the token does
  const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).exp;
  return [200, { token, expiresIn: tokenTtl, expiresAt: new Date(exp * 1000).toISOString() }];
}

/** Cursor paging of REST lists: ?limit=&lastKey= -> pagination {limit, lastKey} (lastKey absent on the last page). */
function restPage(rows, query, compare, keyOf) {
  const limit = query.get('limit') === null ? 20 : Number(query.get('limit'));
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RestError(400, 'BAD_REQUEST', 'limit must be between 1 and 1000');
  const sorted = [...rows].sort(compare);
  let start = 0;
  const lastKey = query.get('lastKey');
  if (lastKey) {
    let after;
    try { after = JSON.parse(Buffer.from(lastKey, 'base64url').toString('utf8')); } catch { throw new RestError(400, 'BAD_REQUEST', 'Invalid lastKey'); }
    start = sorted.findIndex((r) => compare(r, after) > 0);
    if (start < 0) start = sorted.length;
  }
  const data = sorted.slice(start, start + limit);
  const pagination = { limit };
  if (start + limit < sorted.length) pagination.lastKey = Buffer.from(JSON.stringify(keyOf(data[data.length - 1]))).toString('base64url');
  return { data, pagination };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byNameId = (a, b) => cmp(String(a.name), String(b.name)) || cmp(String(a.id), String(b.id));
const newestFirst = (a, b) => cmp(String(b.createdAt), String(a.createdAt)) || cmp(String(a.id), String(b.id));

const SEMVER_PARTS = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
const higher = (a, b) => { const x = SEMVER_PARTS(a), y = SEMVER_PARTS(b); return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; };

/** What packaging changes compared with the newest package: the `validation` part of the answer. */
function validationOf(previous, pkg) {
  const before = new Map((previous?.components ?? []).map((c) => [c.id, c]));
  const changes = { added: [], updated: [], deleted: [] };
  const status = { draft: [], modified: [], published: [] };
  const increments = {};
  for (const c of pkg.components) {
    const old = before.get(c.id);
    if (!old) { changes.added.push(c.id); status.draft.push(c.id); increments[c.id] = { from: null, to: c.version }; } else if (old.content !== c.content || old.title !== c.title || old.description !== c.description) {
      changes.updated.push(c.id); status.modified.push(c.id); increments[c.id] = { from: old.version ?? 1, to: c.version };
    } else status.published.push(c.id);
  }
  const now = new Set(pkg.components.map((c) => c.id));
  for (const id of before.keys()) if (!now.has(id)) changes.deleted.push(id);
  return { componentChanges: changes, statusChanges: status, versionIncrements: increments };
}

const packageView = ({ orgId, ...pkg }) => ({ ...pkg, updatedAt: pkg.createdAt });

async function publish(store, env, user, project, body) {
  const { version, metadata } = body;
  if (!isSemver(version)) {
    throw new RestError(400, 'INVALID_VERSION', 'Version must follow semantic versioning (MAJOR.MINOR.PATCH)', { provided: version ?? null, expected: 'X.Y.Z format' });
  }
  if (metadata !== undefined && (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))) {
    throw new RestError(400, 'BAD_REQUEST', 'metadata must be an object');
  }
  if (findPackage(store, project, version)) {
    throw new RestError(409, 'PACKAGE_VERSION_EXISTS', `Package version ${version} already exists`, { version });
  }
  const previous = latestPackage(store, project);
  if (previous && higher(version, previous.version) <= 0) {
    throw new RestError(400, 'INVALID_VERSION', `Version ${version} must be higher than the latest version ${previous.version}`, { provided: version, latest: previous.version });
  }
  if (projectRows(store, T.components, project).length === 0) {
    throw new RestError(400, 'NO_COMPONENTS_TO_PACKAGE', 'Cannot create package: project contains no components. Create at least one component before creating a package.');
  }
  const pkg = buildPackage(store, project, version, { author: user.id, ...(metadata ?? {}) });
  store.table(T.packages).set(pkg.id, pkg);
  await store.flush();
  // Content waiting for this version now resolves to the package instead of the draft.
  for (const c of projectRows(store, T.contents, project)) {
    if (c.packageVersion === version) env?.events?.emit('metabind.contentUpdated', { ...c, action: 'packagePublished' });
  }
  return [201, { package: packageView(pkg), validation: validationOf(previous, pkg) }];
}

const keyView = ({ id, name, projectId, status, createdAt, updatedAt, lastUsed, createdBy }) =>
  ({ id, projectId, name, status: status ?? 'active', createdAt, updatedAt: updatedAt ?? createdAt, lastUsed: lastUsed ?? null, createdBy: createdBy ?? null });

async function createKey(store, user, project, body) {
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!name) throw new RestError(400, 'BAD_REQUEST', 'name is required');
  if (projectRows(store, T.apiKeys, project).some((k) => k.name === name)) {
    throw new RestError(409, 'NAME_ALREADY_EXISTS', 'An API key with this name already exists', { name });
  }
  if (body.apiKey !== undefined && (typeof body.apiKey !== 'string' || body.apiKey.length < 16 || /[:\s]/.test(body.apiKey))) {
    throw new RestError(400, 'BAD_REQUEST', 'apiKey must be at least 16 characters, without colons or spaces');
  }
  const secret = body.apiKey ?? newKeySecret();
  if ([...store.table(T.apiKeys).values()].some((k) => k.hash === hashKey(secret))) throw new RestError(409, 'KEY_ALREADY_EXISTS', 'Choose another apiKey');
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  const row = { id, name, orgId: project.orgId, projectId: project.projectId, hash: hashKey(secret), status: 'active', createdAt: now, updatedAt: now, lastUsed: null, createdBy: user.id };
  store.table(T.apiKeys).set(id, row);
  await store.flush();
  // The only time the secret is shown; `key` is the bare secret, `apiKey` the full x-api-key header value.
  return [201, { ...keyView(row), key: secret, apiKey: `${project.orgId}:${project.projectId}:${secret}` }];
}

function keyRow(store, project, id) {
  const row = store.table(T.apiKeys).get(id);
  if (!row || row.orgId !== project.orgId || row.projectId !== project.projectId) throw new RestError(404, 'APIKEY_NOT_FOUND', 'API key not found');
  return row;
}

async function updateKey(store, project, id, body) {
  const row = keyRow(store, project, id);
  const next = { ...row, updatedAt: new Date().toISOString() };
  if (body.name !== undefined) {
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (!name) throw new RestError(400, 'BAD_REQUEST', 'name must be a non-empty string');
    if (projectRows(store, T.apiKeys, project).some((k) => k.name === name && k.id !== id)) {
      throw new RestError(409, 'NAME_ALREADY_EXISTS', 'An API key with this name already exists', { name });
    }
    next.name = name;
  }
  if (body.status !== undefined) {
    if (body.status !== 'active' && body.status !== 'revoked') throw new RestError(400, 'BAD_REQUEST', 'status must be "active" or "revoked"');
    next.status = body.status;
  }
  store.table(T.apiKeys).set(id, next);
  await store.flush();
  return [200, keyView(next)];
}

async function deleteKey(store, project, id) {
  keyRow(store, project, id);
  store.table(T.apiKeys).delete(id);
  await store.flush();
  return [200, { message: 'API key successfully deleted', id }];
}

const CONTENT_FIELDS = { name: 'string', description: 'string', content: 'string', locale: 'string', packageVersion: 'string', tags: 'array' };

/** PUT content/{id}: changes a content item; subscribers of contentUpdated(id) hear about it. */
async function updateContent(store, env, project, id, body) {
  const key = scopedKey(project.orgId, project.projectId, id);
  const row = store.table(T.contents).get(key);
  if (!row) throw new RestError(404, 'NOT_FOUND', `Content not found: ${id}`);
  const next = { ...row };
  for (const [k, kind] of Object.entries(CONTENT_FIELDS)) {
    if (body[k] === undefined) continue;
    const v = body[k];
    const ok = kind === 'array' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === 'string';
    if (!ok) throw new RestError(400, 'BAD_REQUEST', `${k} must be ${kind === 'array' ? 'an array of strings' : 'a string'}`);
    next[k] = v;
  }
  next.updatedAt = new Date().toISOString();
  next.lastPublishedVersion = (row.lastPublishedVersion ?? 0) + 1;
  store.table(T.contents).set(key, next);
  await store.flush();
  env?.events?.emit('metabind.contentUpdated', { ...next, action: 'updated' });
  const { orgId, projectId, ...shown } = next;
  return [200, shown];
}

/** PUT components/{id}: changes a current component (recompiled); previews of it hear about it. */
async function updateComponent(store, env, project, id, body) {
  const key = scopedKey(project.orgId, project.projectId, id);
  const row = store.table(T.components).get(key);
  if (!row) throw new RestError(404, 'NOT_FOUND', `Component not found: ${id}`);
  const next = { ...row };
  for (const k of ['title', 'description', 'content']) {
    if (body[k] === undefined) continue;
    if (typeof body[k] !== 'string') throw new RestError(400, 'BAD_REQUEST', `${k} must be a string`);
    next[k] = body[k];
  }
  next.compiled = compile(next.name, next.content);
  next.schema = schemaOf(next.content);
  next.updatedAt = new Date().toISOString();
  store.table(T.components).set(key, next);
  await store.flush();
  env?.events?.emit('metabind.componentUpdated', { ...next, action: 'updated' });
  const { orgId, projectId, ...shown } = next;
  return [200, shown];
}

/** POST components/{id}/preview or content/{id}/preview: a preview token (shown once). */
async function makePreview(store, project, resource, id) {
  const table = resource === 'components' ? T.components : T.contents;
  if (!store.table(table).has(scopedKey(project.orgId, project.projectId, id))) throw new RestError(404, 'NOT_FOUND', `Not found: ${id}`);
  const out = createPreview(store, { kind: resource === 'components' ? 'component' : 'content', orgId: project.orgId, projectId: project.projectId, targetId: id });
  await store.flush();
  return [201, out];
}

/** GET organizations: the signed-in user's organizations with their projects (what a client offers to pick). */
function organizationsOf(store, user) {
  const projects = [...store.table(T.projects).values()];
  return [...user.orgs].sort().map((orgId) => ({
    id: orgId,
    projects: projects.filter((p) => p.orgId === orgId)
      .map((p) => ({ id: p.projectId, name: p.name ?? p.projectId }))
      .sort((a, b) => cmp(a.id, b.id)),
  }));
}

async function route(store, env, req, parts, query, body) {
  const method = req.method;
  const allow = (...methods) => { if (!methods.includes(method)) throw new RestError(405, 'METHOD_NOT_ALLOWED', `Use ${methods.join(' or ')}`); };
  if (parts.length === 2 && parts[0] === 'auth' && parts[1] === 'login') {
    allow('POST');
    return login(store, parseBody(body));
  }
  if (parts.length === 1 && parts[0] === 'organizations') {
    allow('GET');
    return [200, { data: organizationsOf(store, requireUser(store, req)) }];
  }
  if (parts[0] !== 'organizations' || parts[2] !== 'projects' || parts.length < 5) return null;
  const [, orgId, , projectId, resource, itemId, ...extra] = parts;
  if (extra.length > 1 || (extra.length === 1 && !(extra[0] === 'preview' && ['components', 'content'].includes(resource)))) return null;
  const known = ['packages', 'api-keys', 'components', 'assets', 'content'];
  if (!known.includes(resource)) return null;
  const user = requireUser(store, req);
  const project = requireProject(store, user, orgId, projectId);
  if (extra[0] === 'preview') {
    allow('POST');
    return makePreview(store, project, resource, itemId);
  }
  if (resource === 'packages' && itemId === undefined) {
    allow('GET', 'POST');
    if (method === 'POST') return publish(store, env, user, project, parseBody(body));
    const page = restPage(projectRows(store, T.packages, project), query, newestFirst, (p) => ({ createdAt: p.createdAt, id: p.id }));
    return [200, { ...page, data: page.data.map(packageView) }];
  }
  if (resource === 'api-keys') {
    if (itemId === undefined) {
      allow('GET', 'POST');
      if (method === 'POST') return createKey(store, user, project, parseBody(body));
      const status = query.get('status');
      if (status !== null && status !== 'active' && status !== 'revoked') throw new RestError(400, 'BAD_REQUEST', 'status must be active or revoked');
      const rows = projectRows(store, T.apiKeys, project).filter((k) => !status || (k.status ?? 'active') === status);
      const page = restPage(rows, query, newestFirst, (k) => ({ createdAt: k.createdAt, id: k.id }));
      return [200, { ...page, data: page.data.map(keyView) }];
    }
    allow('PUT', 'DELETE');
    return method === 'PUT' ? updateKey(store, project, itemId, parseBody(body)) : deleteKey(store, project, itemId);
  }
  if ((resource === 'components' || resource === 'assets') && itemId === undefined) {
    // What the next package would hold: the project's current components and assets.
    allow('GET');
    const table = resource === 'components' ? T.components : T.assets;
    const page = restPage(projectRows(store, table, project), query, byNameId, (r) => ({ name: r.name, id: r.id }));
    const baseUrl = env?.baseUrl?.() ?? '';
    // A component's status as GraphQL answers it: compared with the newest package (draft, modified, published).
    const shown = (row) => (resource === 'components' ? { ...row, status: componentStatus(store, row) } : row);
    return [200, { ...page, data: page.data.map((row) => shown(row)).map(({ orgId, projectId: _p, file, ...r }) => (file ? { ...r, url: `${baseUrl}/files/${file}` } : r)) }];
  }
  if (resource === 'content' && itemId !== undefined) {
    allow('PUT');
    return updateContent(store, env, project, itemId, parseBody(body));
  }
  if (resource === 'components' && itemId !== undefined) {
    allow('PUT');
    return updateComponent(store, env, project, itemId, parseBody(body));
  }
  return null;
}

/** Handles /metabind/app/v1/...; returns false for any other path (the server then answers 404). */
export async function handleRest(store, req, res, subpath, body, env) {
  const [pathPart, queryPart = ''] = String(subpath ?? '').split('?');
  const path = pathPart.replace(/^\/+|\/+$/g, '');
  const parts = path.split('/').map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  if (parts[0] !== 'app' || parts[1] !== 'v1') return false;
  const query = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : queryPart);
  try {
    const answer = await route(store, env, req, parts.slice(2), query, body);
    if (!answer) return false;
    send(res, answer[0], answer[1]);
  } catch (e) {
    if (e instanceof RestError) {
      const error = { code: e.code, message: e.message };
      if (e.details) error.details = e.details;
      send(res, e.status, { error });
    } else send(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal error' } });
  }
  return true;
}
