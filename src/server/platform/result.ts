import type { ErrorCode, ForbiddenWhy } from "../../contracts/errors";
import { day, type MessageValue } from "../../domain/findings";
import type { MessageKey } from "../../i18n/messages/en";

/**
 * The values of a failure's message, typed: money as `{ minor, currency }`, days as `{ day }`.
 * They are put into the reader's language once, at the HTTP edge (`failureBody`).
 */
export type FailureValues = Record<string, MessageValue | Date>;

export interface FieldFailure {
  path: string;
  key: MessageKey;
  values?: FailureValues;
}

/** An expected failure of a use-case: a code for machines and values for its message. */
export interface Failure {
  code: ErrorCode;
  values?: FailureValues;
  fields?: FieldFailure[];
  /** For `forbidden`: who may act instead, when the role is not the reason. */
  forbiddenWhy?: ForbiddenWhy;
}

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  values?: FailureValues,
  fields?: FieldFailure[],
): Result<T> {
  return { ok: false, failure: { code, ...(values && { values }), ...(fields && { fields }) } };
}

/**
 * A step refused after its conditional update found the row already moved by another request
 * at the same time: named from the state that request left, read again in the same
 * transaction, where the row cannot have vanished (its tables are never deleted from).
 */
export async function refuseAsItIsNow<Row, T>(
  readAgain: Promise<Row | null | undefined>,
  refuse: (row: Row) => Result<T>,
): Promise<Result<T>> {
  const row = await readAgain;
  if (!row) throw new Error("a refused row vanished inside its own transaction");
  return refuse(row);
}

/**
 * A refusal of one field the person typed: its code, and its message at `path` too (key
 * `error.<code>`, the same values), so a form shows it beside the field that caused it.
 */
export function failAtField<T = never>(
  code: ErrorCode,
  path: string,
  values?: FailureValues,
): Result<T> {
  return fail(code, values, [{ path, key: `error.${code}`, ...(values && { values }) }]);
}

/**
 * `400 validation_failed` for a date a person typed outside its bounds: at the field, the
 * message saying the date typed (as `typedAs`) and the limit it passed, in the reader's language.
 */
export function dateOutOfBounds<T = never>(
  path: string,
  key: MessageKey,
  typed: { as: string; date: string },
  limit: string,
): Result<T> {
  return fail("validation_failed", undefined, [
    { path, key, values: { [typed.as]: day(typed.date), limit: day(limit) } },
  ]);
}

/** `403 forbidden` whose message names who may take the step (see `ForbiddenWhy`). */
export function forbidden<T = never>(why: ForbiddenWhy): Result<T> {
  return { ok: false, failure: { code: "forbidden", forbiddenWhy: why } };
}

/** The same result with its value transformed; a failure passes through unchanged. */
export function mapResult<T, U>(result: Result<T>, transform: (value: T) => U): Result<U> {
  return result.ok ? { ok: true, value: transform(result.value) } : result;
}

/**
 * Thrown inside a transaction to roll it back while carrying an expected failure out;
 * `runInTransaction` turns it back into a value.
 */
export class RollbackWithFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`rolled back: ${failure.code}`);
  }
}
