import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Socket } from "node:net";
import type { ErrorCode } from "../../contracts/errors";
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from "../../i18n/locales";
import { failureBody, sendFailure } from "./http";
import { fieldFailuresFromIssues } from "./validation";

/**
 * The code a framework or plugin error is answered with, by its HTTP status. The status itself
 * is kept (a 405 stays a 405); the body is always the API's error shape, and never repeats the
 * URL or the framework's own English message.
 */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 401:
      return "unauthenticated";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 413:
      return "payload_too_large";
    case 415:
      return "unsupported_media_type";
    case 429:
      return "rate_limited";
    default:
      return "bad_request";
  }
}

/**
 * The currency a request's money is counted in when its body names none (an engagement's
 * agreement, for its change prices and credit notes), or null; read only to word a refusal.
 */
export type MoneyCurrencyOf = (request: FastifyRequest) => Promise<string | null>;

async function currencyOrNull(
  currencyOf: MoneyCurrencyOf | undefined,
  request: FastifyRequest,
): Promise<string | null> {
  try {
    return (await currencyOf?.(request)) ?? null;
  } catch (error) {
    // Only the wording depends on it: the refusal still goes, in cents.
    request.log.warn({ err: error }, "no currency for a refusal's wording");
    return null;
  }
}

/**
 * Every error reaching Fastify's handler, from a route, a hook, a body parser or a plugin,
 * leaves in the error shape: validation failures name their fields, any other 4xx keeps its
 * status with a localised message, anything else is an `internal` 500 and is logged.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  options: { moneyCurrencyOf?: MoneyCurrencyOf } = {},
): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? "body";
      const currency =
        part === "body" ? await currencyOrNull(options.moneyCurrencyOf, request) : null;
      const context = { locale: request.locale, body: request.body, currency };
      const fields = fieldFailuresFromIssues(error.validation, part, context);
      return sendFailure(reply, request, { code: "validation_failed", fields });
    }
    const code = (error as { code?: string }).code;
    if (code === "FST_CSRF_INVALID_TOKEN" || code === "FST_CSRF_MISSING_SECRET") {
      return sendFailure(reply, request, { code: "csrf_invalid" });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) {
      const seconds = Math.max(1, Math.ceil(Number(reply.getHeader("retry-after") ?? 60)));
      return sendFailure(reply, request, { code: "rate_limited", values: { seconds } });
    }
    if (status >= 400 && status < 500) {
      request.log.info({ errCode: code, status }, "request refused by the framework");
      return reply
        .status(status)
        .send(failureBody(request.locale, { code: codeForStatus(status) }));
    }
    request.log.error({ err: error }, "unhandled error");
    return sendFailure(reply, request, { code: "internal" });
  });
}

/**
 * Errors the router raises before any route or hook runs (`FST_ERR_BAD_URL` for a malformed
 * percent-encoding, `FST_ERR_MAX_PARAM_LENGTH` for an over-long path parameter): the same
 * shape, in the language the caller asks for. Fastify's `frameworkErrors` option.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  request.locale = localeFromAcceptLanguage(request.headers["accept-language"]);
  const status = error.statusCode ?? 500;
  request.log.info({ errCode: error.code, status }, "request refused by the router");
  if (status >= 500) {
    void reply.status(500).send(failureBody(request.locale, { code: "internal" }));
    return;
  }
  // An over-long path parameter names nothing that exists: a plain bad request, not a 414.
  void reply.status(400).send(failureBody(request.locale, { code: codeForStatus(status) }));
}

/**
 * A request too malformed for HTTP parsing (Fastify's `clientErrorHandler`): no request object
 * exists, so the answer is in the default language, still in the error shape.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const isTooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const failure = { code: isTooLarge ? "payload_too_large" : "bad_request" } as const;
  const body = JSON.stringify(failureBody(DEFAULT_LOCALE, failure));
  socket.end(
    `HTTP/1.1 ${isTooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
