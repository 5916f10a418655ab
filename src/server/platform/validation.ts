import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkText, NOTHING_TO_UPDATE } from "../../contracts/input-rules";
import type { FieldFailure } from "./result";

/** Marks issues about absent values, so they read "required" rather than "wrong type". */
const REQUIRED = "required";
z.config({ customError: (issue) => (issue.input === undefined ? REQUIRED : undefined) });

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The keyword of an issue about text that cannot be stored (NUL, lone surrogate). */
const INVALID_TEXT = "invalid_text";

/**
 * The route schemas' validator, behind the input rules every route shares: text that cannot be
 * stored is refused naming its field, other text is normalised to NFC before the route's own
 * schema sees it (see `checkText`).
 */
export const textCheckingValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const checked = checkText(data);
    if (checked.ok) return validate(checked.value);
    // The same shape fastify-type-provider-zod gives its issues, so one error path reads both.
    const issues = checked.paths.map((path) => ({
      [Symbol.for("ZodFastifySchemaValidationError")]: true,
      keyword: INVALID_TEXT,
      instancePath: `/${path.join("/")}`,
      schemaPath: `#/${path.join("/")}/${INVALID_TEXT}`,
      message: INVALID_TEXT,
      params: {},
    }));
    return { error: issues as unknown as Error };
  };
};

/** Turns one Zod issue, as Fastify reports it, into a localisable field failure. */
export function fieldFailureFromIssue(issue: ValidationIssue, part: string): FieldFailure {
  const rawPath = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const path = rawPath || (part === "body" ? "" : part);
  const p = issue.params;
  const origin = p.origin;
  switch (issue.keyword) {
    case "invalid_type":
      return {
        path,
        key: issue.message === REQUIRED ? "validation.required" : "validation.invalid_type",
      };
    case "too_small":
      if (origin === "string")
        return { path, key: "validation.too_short", values: { minimum: Number(p.minimum) } };
      if (origin === "array" || origin === "set") {
        return { path, key: "validation.too_few_items", values: { minimum: Number(p.minimum) } };
      }
      return { path, key: "validation.too_small", values: { minimum: Number(p.minimum) } };
    case "too_big":
      if (origin === "string")
        return { path, key: "validation.too_long", values: { maximum: Number(p.maximum) } };
      if (origin === "array" || origin === "set") {
        return { path, key: "validation.too_many_items", values: { maximum: Number(p.maximum) } };
      }
      return { path, key: "validation.too_big", values: { maximum: Number(p.maximum) } };
    case "invalid_format":
      return p.format === "email"
        ? { path, key: "validation.invalid_email" }
        : { path, key: "validation.invalid" };
    case "invalid_value": {
      const options = Array.isArray(p.values) ? p.values.map(String).join(", ") : "";
      return { path, key: "validation.invalid_option", values: { options } };
    }
    case "unrecognized_keys":
      return { path, key: "validation.unknown_field" };
    case INVALID_TEXT:
      return { path, key: "validation.invalid_text" };
    case "custom": {
      const reason = (p.params as { reason?: unknown } | undefined)?.reason;
      return reason === NOTHING_TO_UPDATE
        ? { path, key: "validation.nothing_to_update" }
        : { path, key: "validation.invalid" };
    }
    default:
      return { path, key: "validation.invalid" };
  }
}
