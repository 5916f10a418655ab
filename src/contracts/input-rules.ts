import { z } from "zod";

/**
 * Rules every request's input follows, whatever the route.
 *
 * Text: no NUL character (PostgreSQL cannot store it) and no UTF-16 surrogate without its pair
 * (not a character at all; SQLite would keep invalid UTF-8). Every other string is normalised
 * to Unicode NFC, so the same text typed on two systems is stored and compared the same.
 * The server applies `checkText` to every body, path parameter and query string before the
 * route's own schema, so no field can forget it.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL_OR_LONE_SURROGATE = /\u0000|\p{Cs}/u;

/** Whether a string can be stored as it is on both databases. */
export function isStorableText(value: string): boolean {
  return !NUL_OR_LONE_SURROGATE.test(value);
}

export type TextCheck = { ok: true; value: unknown } | { ok: false; paths: (string | number)[][] };

/**
 * Walks a parsed request part: the paths of strings (values or keys) that cannot be stored,
 * or the same data with every string in NFC.
 */
export function checkText(data: unknown): TextCheck {
  const bad: (string | number)[][] = [];
  const value = walk(data, [], bad);
  return bad.length > 0 ? { ok: false, paths: bad } : { ok: true, value };
}

function walk(data: unknown, path: (string | number)[], bad: (string | number)[][]): unknown {
  if (typeof data === "string") {
    if (!isStorableText(data)) {
      bad.push(path);
      return data;
    }
    return data.normalize("NFC");
  }
  if (Array.isArray(data)) return data.map((item, index) => walk(item, [...path, index], bad));
  if (isRecord(data)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(data)) {
      if (!isStorableText(key)) {
        bad.push([...path, key]);
        continue;
      }
      out[key.normalize("NFC")] = walk(item, [...path, key], bad);
    }
    return out;
  }
  return data;
}

/** Parsed JSON, query strings and the router's parameter objects; not files or bytes. */
function isRecord(data: unknown): data is Record<string, unknown> {
  return (
    data !== null &&
    typeof data === "object" &&
    !ArrayBuffer.isView(data) &&
    !(data instanceof Date) &&
    typeof (data as { pipe?: unknown }).pipe !== "function"
  );
}

/** The reason a partial update is refused when it names no field it could change. */
export const NOTHING_TO_UPDATE = "nothing_to_update";

/**
 * Reasons a schema's own rule (a `refine`) refuses a value, each with its message
 * `validation.<reason>`: without one a refusal could only read "This value is not valid".
 */
export const REFINE_REASONS = [
  NOTHING_TO_UPDATE,
  "repeated_items",
  "id_repeated",
  "target_equals_baseline",
  "introduction_names_org",
  "decimal_digits",
  "days_only_for_suspension",
  "ids_or_all",
  "currency_unknown",
] as const;
export type RefineReason = (typeof REFINE_REASONS)[number];

/** A refine's options that name its reason, so the refusal says why in the reader's language. */
export function because(reason: RefineReason, path?: string[]) {
  return { message: reason, params: { reason }, ...(path && { path }) };
}

/**
 * A partial update must change something: an empty body, or one whose every field is unknown
 * (unknown fields are ignored, see docs/API.md), is refused with a 400 rather than written as
 * a no-op or, worse, as an empty `UPDATE`.
 */
export function requireSomeField<T extends z.ZodType<Record<string, unknown>>>(schema: T): T {
  return schema.refine(
    (value) => Object.values(value).some((v) => v !== undefined),
    because(NOTHING_TO_UPDATE),
  );
}

/** A whole number as a person types one: decimal digits, a minus sign at most before them. */
const DECIMAL_INTEGER = /^-?[0-9]+$/;

/**
 * A whole number typed in a query string or a path (`limit`, `after`, a version): the text is
 * read as a number only when written in plain decimal digits (leading zeros read as they look;
 * a minus sign passes, so `-1` is told the parameter's minimum). What `Number()` would also
 * read (`1e2`, `0x10`, `+5`, ` 5`, `5.0`, an empty value) is refused naming the parameter: a
 * page of 100 read from `1e2` hides a mistake rather than honouring a wish. A value that is
 * already a number (the web's forms build their queries with numbers) goes to `schema` as it is.
 */
export function queryInteger<T extends z.ZodType<number | undefined>>(schema: T) {
  return z.preprocess((value, context) => {
    if (typeof value !== "string") return value;
    if (DECIMAL_INTEGER.test(value)) return Number(value);
    context.addIssue({ code: "custom", input: value, ...because("decimal_digits") });
    return z.NEVER;
  }, schema);
}

/**
 * An optional reference given as `""` is absent: an id naming an item, or a date. A form's
 * empty field or an integrator's empty string means "none", as `null` (or leaving the field
 * out) does; the field's own absence then applies (null, a default, "all").
 * Only references: free text that may be empty (a note, a comment) is the empty text, and a
 * value that must say something when given (a name, a URL, a replacement text) is still
 * refused at its field. One rule for every route (docs/API.md, Input).
 */
export function absentWhenEmpty<T extends z.ZodType>(schema: T) {
  const absent = schema.safeParse(null).success ? null : undefined;
  // Typed on the input side, so a form's values read as the field's own type or "".
  return z.preprocess((value: z.input<T> | "") => (value === "" ? absent : value), schema);
}
