// Error values shared by the dialects. The real servers put a specific token at the start of the
// message (DataPM: "PACKAGE_NOT_FOUND - cat/pkg") and a generic or specific code in extensions.code.
import { GraphQLError } from 'graphql';

/** A GraphQL error that ends up in errors[] with the given message, extensions.code and extra extensions. */
export function gqlError(message, code, extensions = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * Fails the whole HTTP request before execution (as Apollo's "Context creation failed"):
 * the server answers `status` with `body` (an object, sent as JSON) and no data key.
 */
export class HttpError extends Error {
  constructor(status, body, headers = {}) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** The body Apollo sends when building the request context throws: HTTP 400, no data key. */
export function contextFailure(message, code, status = 400) {
  return new HttpError(status, { errors: [{ message: `Context creation failed: ${message}`, extensions: { code } }] });
}
