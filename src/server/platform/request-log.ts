import type { FastifyRequest } from "fastify";

/**
 * Segments whose next segment is a secret a mailed link carries: an unsubscribe link, an
 * invitation, a password reset (the API's routes and the web app's pages alike), anywhere in the
 * URL, the query included, plain or escaped (`/login?next=%2Finvitations%2F<token>`). Whoever
 * reads the request log must not be able to use them, so the log writes `[redacted]` instead.
 * The secret ends where a path, query or escape does (`/ ? # & %`).
 */
const TOKEN_IN_URL =
  /((?:^|\/|%2F)(?:unsubscribe|invitations|reset-password)(?:\/|%2F))[^/?#&%]+/gi;

/** A request's URL as the log may keep it: a mailed link's token replaced by `[redacted]`. */
export function loggedUrl(url: string): string {
  return url.replace(TOKEN_IN_URL, "$1[redacted]");
}

/**
 * Fastify's own request serialiser (method, URL, host, address, port), with the URL through
 * `loggedUrl`: the one shape every request line of the log takes.
 */
export function serialiseRequestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggedUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
