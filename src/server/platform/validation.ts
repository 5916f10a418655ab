import { z } from "zod";
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
    default:
      return { path, key: "validation.invalid" };
  }
}
