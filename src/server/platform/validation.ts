import type { FastifySchemaCompiler } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { LIMIT_UNITS, UNIT_MESSAGE_PREFIX, type LimitUnit } from "../../contracts/units";
import { formatMoney } from "../../i18n/format";
import { minorUnitDigits } from "../../domain/money/money";
import type { Locale } from "../../i18n/locales";
import { checkText, REFINE_REASONS, type RefineReason } from "../../contracts/input-rules";
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

/**
 * What the request said around the failing value: the reader's language and the body, and the
 * currency its money is in when the body names none (the agreement's, for an engagement's
 * change price or credit note), if the reader may know it.
 */
export interface IssueContext {
  locale: Locale;
  body: unknown;
  currency?: string | null;
}

function currencyOf(context: IssueContext, path: string): string | null {
  return currencyNear(context.body, path) ?? context.currency ?? null;
}

function unitOf(issue: ValidationIssue): LimitUnit | null {
  const unit = issue.message?.startsWith(UNIT_MESSAGE_PREFIX)
    ? issue.message.slice(UNIT_MESSAGE_PREFIX.length)
    : null;
  return (LIMIT_UNITS as readonly string[]).includes(unit ?? "") ? (unit as LimitUnit) : null;
}

/** The `currency` nearest the failing value (its object, then each one around it), if any. */
function currencyNear(body: unknown, path: string): string | null {
  const steps = path === "" ? [] : path.split(".");
  for (let depth = steps.length - 1; depth >= 0; depth--) {
    let node: unknown = body;
    for (const step of steps.slice(0, depth)) {
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[step] : undefined;
    }
    const currency =
      node && typeof node === "object" ? (node as Record<string, unknown>).currency : undefined;
    if (typeof currency === "string" && /^[A-Z]{3}$/.test(currency)) return currency;
  }
  return null;
}

const LIMIT_KEYS = {
  too_small: {
    percent: "validation.too_small.percent",
    money: "validation.too_small.money",
    amount: "validation.too_small.amount",
    days: "validation.too_small.days",
    hours: "validation.too_small.hours",
  },
  too_big: {
    percent: "validation.too_big.percent",
    money: "validation.too_big.money",
    amount: "validation.too_big.amount",
    days: "validation.too_big.days",
    hours: "validation.too_big.hours",
  },
} as const;

/**
 * A limit in the unit the person typed: a percentage for basis points, an amount of money
 * (formatted in the reader's way when the request names its currency, else in major units)
 * for minor units, units for thousandths, days and hours as such.
 */
function limitInUnit(
  bound: "minimum" | "maximum",
  kind: "too_small" | "too_big",
  limit: number,
  unit: LimitUnit,
  path: string,
  context: IssueContext | undefined,
): FieldFailure {
  const keys = LIMIT_KEYS[kind];
  switch (unit) {
    case "basis_points":
      return { path, key: keys.percent, values: { [bound]: limit / 10_000 } };
    case "money": {
      const currency = context ? currencyOf(context, path) : null;
      const amount = currency && context ? formatMoney(context.locale, limit, currency) : null;
      return amount
        ? { path, key: keys.money, values: { [bound]: amount } }
        : { path, key: keys.amount, values: { [bound]: limit / 100 } };
    }
    case "thousandths":
      return { path, key: `validation.${kind}`, values: { [bound]: limit / 1000 } };
    case "days":
    case "hours":
      return { path, key: keys[unit], values: { [bound]: limit } };
  }
}
/**
 * An amount of money must be a whole number of minor units. Cents are the usual case and the
 * default; a currency the request names with another minor unit (the yen has none, the dinar
 * has thousandths) gets its own example, as 1250 of its minor units read in the reader's way.
 */
function minorUnitsExpected(path: string, context: IssueContext | undefined): FieldFailure {
  const currency = context ? currencyOf(context, path) : null;
  if (!currency || !context || minorUnitDigits(currency) === 2)
    return { path, key: "validation.invalid_type", values: { expected: "minor" } };
  return {
    path,
    key: "validation.invalid_type",
    values: {
      expected: "minor_money",
      amount: formatMoney(context.locale, 1250, currency),
      minor: 1250,
    },
  };
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

/** The kinds of value a wrong-type message names; anything else reads "the wrong type". */
const EXPECTED_TYPES = ["int", "number", "string", "boolean", "array", "object"];

function expectedOf(params: Record<string, unknown>): string {
  const expected = String(params.expected);
  return EXPECTED_TYPES.includes(expected) ? expected : "other";
}

/** Turns one Zod issue, as Fastify reports it, into a localisable field failure. */
export function fieldFailureFromIssue(
  issue: ValidationIssue,
  part: string,
  context?: IssueContext,
): FieldFailure {
  const rawPath = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const path = rawPath || (part === "body" ? "" : part);
  const p = issue.params;
  const origin = p.origin;
  const unit = unitOf(issue);
  if (unit && (origin === "number" || origin === "int") && issue.keyword === "too_small")
    return limitInUnit("minimum", "too_small", Number(p.minimum), unit, path, context);
  if (unit && (origin === "number" || origin === "int") && issue.keyword === "too_big")
    return limitInUnit("maximum", "too_big", Number(p.maximum), unit, path, context);
  switch (issue.keyword) {
    case "invalid_type":
      if (issue.message === REQUIRED) return { path, key: "validation.required" };
      // Said as what the field takes ("a whole number"), in minor units where money is typed:
      // an amount sent as text ("12.50") is told so too, not only one sent with decimals.
      if (unit === "money" && (p.expected === "int" || p.expected === "number"))
        return minorUnitsExpected(path, context);
      return { path, key: "validation.invalid_type", values: { expected: expectedOf(p) } };
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
      if (p.format === "email") return { path, key: "validation.invalid_email" };
      // A day that does not exist (2026-02-30) or is not written YYYY-MM-DD.
      if (p.format === "date") return { path, key: "validation.invalid_date" };
      return { path, key: "validation.invalid" };
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
      return REFINE_REASONS.includes(reason as RefineReason)
        ? { path, key: `validation.${reason as RefineReason}` }
        : { path, key: "validation.invalid" };
    }
    default:
      return { path, key: "validation.invalid" };
  }
}

/**
 * The failures of one validation, one per problem: a field over two limits (`.int()`'s safe
 * range and the field's own maximum) names only the tighter, the one the person can act on, and
 * two checks that fail alike (a pattern and a refinement) are said once.
 */
export function fieldFailuresFromIssues(
  issues: readonly ValidationIssue[],
  part: string,
  context?: IssueContext,
): FieldFailure[] {
  const tightest = new Map<string, ValidationIssue>();
  issues = issues.flatMap(eachUnknownKey);
  for (const issue of issues) {
    const isLimit = issue.keyword === "too_big" || issue.keyword === "too_small";
    if (!isLimit) continue;
    const place = `${issue.instancePath} ${issue.keyword}`;
    const kept = tightest.get(place);
    if (!kept || isTighter(issue, kept)) tightest.set(place, issue);
  }
  const seen = new Set<string>();
  const failures: FieldFailure[] = [];
  for (const issue of issues) {
    const isLimit = issue.keyword === "too_big" || issue.keyword === "too_small";
    if (isLimit && tightest.get(`${issue.instancePath} ${issue.keyword}`) !== issue) continue;
    const failure = fieldFailureFromIssue(issue, part, context);
    const said = JSON.stringify([failure.path, failure.key, failure.values ?? null]);
    if (seen.has(said)) continue;
    seen.add(said);
    failures.push(failure);
  }
  return failures;
}

/**
 * An issue of unknown keys (a record keyed by a list, such as notification preferences) as one
 * issue per key at the key's own path, so each is named where it was sent rather than at its
 * object. Unknown fields of an ordinary object are ignored before this (docs/API.md).
 */
function eachUnknownKey(issue: ValidationIssue): ValidationIssue[] {
  const keys = issue.params.keys;
  if (issue.keyword !== "unrecognized_keys" || !Array.isArray(keys) || keys.length === 0) {
    return [issue];
  }
  const at = issue.instancePath.replace(/\/$/, "");
  return keys.map((key) => ({ ...issue, instancePath: `${at}/${String(key)}` }));
}

function isTighter(issue: ValidationIssue, than: ValidationIssue): boolean {
  return issue.keyword === "too_big"
    ? Number(issue.params.maximum) < Number(than.params.maximum)
    : Number(issue.params.minimum) > Number(than.params.minimum);
}
