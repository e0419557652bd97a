// GraphQL over HTTP, the same for every dialect and shaped like Apollo Server's answers, because the
// real registries run Apollo (DataPM) or answer alike: request errors are HTTP 400 with a code, execution
// errors are HTTP 200 next to data.
import { parse, validate, execute, getOperationAST, GraphQLError } from 'graphql';
import { HttpError } from './errors.mjs';
import { send, errorBody } from './http-util.mjs';
import { multipartBoundary, graphqlRequestFromMultipart, MultipartError } from './multipart.mjs';

/**
 * Reads the GraphQL request out of an HTTP request whose body is already read.
 * Returns { query, variables, operationName } or throws HttpError (400/405/415).
 */
export function readGraphQLRequest(req, url, body) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const p = url.searchParams;
    return {
      query: p.get('query'),
      variables: parseJsonParam(p.get('variables'), 'variables'),
      operationName: p.get('operationName') || null,
      viaGet: true,
    };
  }
  if (req.method !== 'POST') {
    throw new HttpError(405, errorBody('GraphQL requests must be GET or POST.', 'BAD_REQUEST'), { allow: 'GET, POST' });
  }
  const contentType = req.headers['content-type'] || '';
  let payload;
  const boundary = multipartBoundary(contentType);
  if (boundary) {
    try {
      payload = graphqlRequestFromMultipart(body, boundary);
    } catch (e) {
      if (e instanceof MultipartError) throw new HttpError(400, errorBody(e.message, 'BAD_REQUEST'));
      throw e;
    }
  } else if (/^application\/(?:graphql-response\+)?json\b/i.test(contentType) || contentType === '') {
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new HttpError(400, errorBody(`POST body sent invalid JSON: ${e.message}`, 'BAD_REQUEST'));
    }
  } else {
    throw new HttpError(415, errorBody(`Unsupported Content-Type: ${contentType.split(';')[0]}`, 'BAD_REQUEST'));
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new HttpError(400, errorBody('POST body must be a JSON object (batching is not supported).', 'BAD_REQUEST'));
  }
  const { query, variables, operationName } = payload;
  return { query, variables: variables ?? null, operationName: operationName || null, viaGet: false };
}

function parseJsonParam(text, name) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, errorBody(`${name} in the query string is not valid JSON.`, 'BAD_REQUEST'));
  }
}

/**
 * The operation name a request names or, when it names none, the first named operation in its text.
 * Used before parsing (request log and fault matching), so a regular expression is enough.
 */
export function guessOperationName(query, operationName) {
  if (operationName) return operationName;
  if (typeof query !== 'string') return null;
  const m = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query);
  return m ? m[1] : null;
}

/** graphql-js error -> the JSON shape clients get: {message, locations, path, extensions{code,...}}. */
export function formatError(error, defaultCode = 'INTERNAL_SERVER_ERROR') {
  const ext = error.extensions ?? {};
  const out = { message: error.message };
  if (error.locations) out.locations = error.locations;
  if (error.path) out.path = error.path;
  out.extensions = { ...ext, code: typeof ext.code === 'string' ? ext.code : defaultCode };
  return out;
}

function requestError(status, errors, code) {
  return new HttpError(status, { errors: errors.map((e) => formatError(e, code)) });
}

/**
 * Runs one GraphQL request against a dialect and answers it on `res`.
 * dialect = { schema, context({req, headers, operationName}) }.
 */
export async function runGraphQL(dialect, req, res, request) {
  try {
    const { query, variables, operationName, viaGet } = request;
    // Apollo builds the context before parsing: a bad credential fails even a malformed query.
    const contextValue = await dialect.context({ req, headers: req.headers, operationName });
    if (typeof query !== 'string' || query.trim() === '') {
      throw new HttpError(400, errorBody('GraphQL operations must contain a non-empty `query`.', 'BAD_REQUEST'));
    }
    if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
      throw new HttpError(400, errorBody('`variables` must be an object.', 'BAD_REQUEST'));
    }
    let document;
    try {
      document = parse(query);
    } catch (e) {
      throw requestError(400, [e], 'GRAPHQL_PARSE_FAILED');
    }
    const validationErrors = validate(dialect.schema, document);
    if (validationErrors.length) throw requestError(400, validationErrors, 'GRAPHQL_VALIDATION_FAILED');
    const operation = getOperationAST(document, operationName);
    if (!operation) {
      const message = operationName ? `Unknown operation named "${operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      throw new HttpError(400, errorBody(message, 'OPERATION_RESOLUTION_FAILURE'));
    }
    if (viaGet && operation.operation !== 'query') {
      throw new HttpError(405, errorBody('Mutations can only be sent over HTTP POST.', 'BAD_REQUEST'), { allow: 'POST' });
    }
    const result = await execute({
      schema: dialect.schema, document, variableValues: variables, operationName, contextValue,
    });
    // No data key: the request never ran (variable coercion failed, including a scalar's parseValue throwing).
    if (!('data' in result)) throw requestError(400, result.errors, 'BAD_USER_INPUT');
    for (const e of result.errors ?? []) {
      if (e.originalError && !(e.originalError instanceof GraphQLError)) {
        // A resolver bug, not a registry answer: keep the stack for whoever runs the server.
        process.stderr.write(`resolver error at ${e.path?.join('.')}: ${e.originalError.stack}\n`);
      }
    }
    const out = {};
    if (result.errors) out.errors = result.errors.map((e) => formatError(e));
    out.data = result.data;
    send(res, 200, out);
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    send(res, e.status, e.body, e.headers);
  }
}
