// Metabind's REST side (/metabind/app/v1/...): user login, publishing a package, managing API keys.
// Errors are JSON {error: {code, message}} as the real service sends them.
import crypto from 'node:crypto';
import { T, getProject, isSemver, buildPackage, findPackage, projectRows } from './model.mjs';
import { hashKey, newKeySecret, verifyPassword, jwtSecret, signJwt, verifyJwt } from './auth.mjs';

class RestError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
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

/** The signed-in user from `Authorization: Bearer <jwt>`, else 401. */
function requireUser(store, req) {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  const payload = m && verifyJwt(m[1], jwtSecret(store));
  const user = payload && store.table(T.users).get(payload.sub);
  if (!user) throw new RestError(401, 'UNAUTHORIZED', 'A valid bearer token is required');
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
  const token = signJwt({ sub: user.email }, jwtSecret(store));
  await store.flush(); // the signing secret may be new: it must outlive a restart like the token does
  return [200, { token }];
}

async function publish(store, project, body) {
  const { version, metadata } = body;
  if (!isSemver(version)) throw new RestError(400, 'INVALID_VERSION', 'version must be a semantic version such as 1.2.3');
  if (metadata !== undefined && (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))) {
    throw new RestError(400, 'BAD_REQUEST', 'metadata must be an object');
  }
  if (findPackage(store, project, version)) {
    throw new RestError(409, 'PACKAGE_VERSION_EXISTS', `Version ${version} already exists`);
  }
  if (projectRows(store, T.components, project).length === 0) {
    throw new RestError(400, 'NO_COMPONENTS_TO_PACKAGE', 'The project has no components to package');
  }
  const pkg = buildPackage(store, project, version, metadata);
  store.table(T.packages).set(pkg.id, pkg);
  await store.flush();
  const { orgId, ...shown } = pkg;
  return [201, shown];
}

const keyView = ({ id, name, orgId, projectId, createdAt }) => ({ id, name, orgId, projectId, createdAt });

async function createKey(store, project, body) {
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!name) throw new RestError(400, 'BAD_REQUEST', 'name is required');
  if (projectRows(store, T.apiKeys, project).some((k) => k.name === name)) {
    throw new RestError(409, 'NAME_ALREADY_EXISTS', `An API key named "${name}" already exists`);
  }
  const id = 'key_' + crypto.randomBytes(8).toString('hex');
  const secret = newKeySecret();
  const row = { id, name, orgId: project.orgId, projectId: project.projectId, hash: hashKey(secret), createdAt: new Date().toISOString() };
  store.table(T.apiKeys).set(id, row);
  await store.flush();
  // The only time the secret is shown; `key` is the bare secret, `apiKey` the full header value.
  return [201, { ...keyView(row), key: secret, apiKey: `${project.orgId}:${project.projectId}:${secret}` }];
}

async function deleteKey(store, project, id) {
  const row = store.table(T.apiKeys).get(id);
  if (!row || row.orgId !== project.orgId || row.projectId !== project.projectId) {
    throw new RestError(404, 'NOT_FOUND', `API key not found: ${id}`);
  }
  store.table(T.apiKeys).delete(id);
  await store.flush();
  return [204, undefined];
}

async function route(store, req, parts, body) {
  const method = req.method;
  if (parts.length === 2 && parts[0] === 'auth' && parts[1] === 'login') {
    if (method !== 'POST') throw new RestError(405, 'METHOD_NOT_ALLOWED', 'Use POST');
    return login(store, parseBody(body));
  }
  if (parts[0] !== 'organizations' || parts[2] !== 'projects' || parts.length < 5) return null;
  const [, orgId, , projectId, resource, itemId, ...extra] = parts;
  if (extra.length) return null;
  if (resource === 'packages' && itemId === undefined) {
    if (method !== 'POST') throw new RestError(405, 'METHOD_NOT_ALLOWED', 'Use POST');
    const project = requireProject(store, requireUser(store, req), orgId, projectId);
    return publish(store, project, parseBody(body));
  }
  if (resource === 'api-keys') {
    const allowed = itemId === undefined ? ['GET', 'POST'] : ['DELETE'];
    if (!allowed.includes(method)) throw new RestError(405, 'METHOD_NOT_ALLOWED', `Use ${allowed.join(' or ')}`);
    const project = requireProject(store, requireUser(store, req), orgId, projectId);
    if (method === 'GET') return [200, { data: projectRows(store, T.apiKeys, project).map(keyView) }];
    if (method === 'POST') return createKey(store, project, parseBody(body));
    return deleteKey(store, project, itemId);
  }
  return null;
}

/** Handles /metabind/app/v1/...; returns false for any other path (the server then answers 404). */
export async function handleRest(store, req, res, subpath, body) {
  const path = String(subpath ?? '').split('?')[0].replace(/^\/+|\/+$/g, '');
  const parts = path.split('/').map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  if (parts[0] !== 'app' || parts[1] !== 'v1') return false;
  try {
    const answer = await route(store, req, parts.slice(2), body);
    if (!answer) return false;
    send(res, answer[0], answer[1]);
  } catch (e) {
    if (e instanceof RestError) send(res, e.status, { error: { code: e.code, message: e.message } });
    else send(res, 500, { error: { code: 'INTERNAL_ERROR', message: 'Internal error' } });
  }
  return true;
}
