import type { FastifyReply, FastifyRequest } from "fastify";
import { ERROR_STATUS, type ErrorResponse } from "../../contracts/errors";
import { formatMessageValues } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { translate } from "../../i18n/translate";
import type { Actor } from "./actor";
import type { Failure, Result } from "./result";
import { wordAll } from "./wording";

/** The localised body of the API's one error shape. */
function lastKeyPart(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}

/** The one place a failure is put into words: typed values are formatted for the reader here. */
export function failureBody(locale: Locale, failure: Failure): ErrorResponse {
  const words = (values: Failure["values"]) => values && formatMessageValues(locale, values);
  const fields = failure.fields?.map((f) => ({
    path: f.path,
    // A field's code is its message key's last part, the code the same finding has in
    // `findings[]`; a limit said in the person's unit keeps the plain code (`too_big`).
    code: lastKeyPart(f.key.replace(/\.(percent|money|amount|days|hours)$/, "")),
    message: translate(locale, f.key, words(f.values)),
  }));
  return {
    error: {
      code: failure.code,
      message: translate(
        locale,
        failure.forbiddenWhy ? `error.forbidden.${failure.forbiddenWhy}` : `error.${failure.code}`,
        words(failure.values),
      ),
      ...(fields && fields.length > 0 && { fields }),
    },
  };
}

export function sendFailure(reply: FastifyReply, request: FastifyRequest, failure: Failure) {
  return reply.status(ERROR_STATUS[failure.code]).send(failureBody(request.locale, failure));
}

/**
 * Sends a use-case's value with `status`, every message in it put into the reader's language
 * (see `Wording`), or its failure in the error shape.
 */
export function sendResult<T>(
  reply: FastifyReply,
  request: FastifyRequest,
  result: Result<T>,
  status = 200,
) {
  if (!result.ok) return sendFailure(reply, request, result.failure);
  return reply.status(status).send(wordAll<unknown>(request.locale, result.value));
}

/** The content type Fastify gives a serialised object, which bytes serialised earlier keep. */
const JSON_UTF8 = "application/json; charset=utf-8";

/**
 * A use-case's value as the bytes `sendResult` would send with status 200 (the route's schema
 * serialiser, the reader's language), for a route that keeps replies (`sendSerialised`).
 */
export function serialisedValue(reply: FastifyReply, request: FastifyRequest, value: unknown) {
  return Buffer.from(reply.serialize(wordAll(request.locale, value)) as string);
}

/** Sends bytes `serialisedValue` gave, as they are: the same body and content type. */
export function sendSerialised(reply: FastifyReply, body: Buffer) {
  return reply.type(JSON_UTF8).send(body);
}

/** The actor of a route whose access rule already required one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.url} reached without an actor`);
  return request.actor;
}

/**
 * `Content-Disposition` of a download named by a person: `filename*` carries the name in UTF-8
 * with every character outside RFC 8187's attr-char percent-encoded (`encodeURIComponent` leaves
 * `'()*` as they are), and `filename` an ASCII stand-in (accents dropped, anything else `_`) for
 * clients that read only that one, such as `curl -J`.
 */
export function attachmentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
