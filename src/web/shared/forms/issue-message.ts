import { REFINE_REASONS, type RefineReason } from "../../../contracts/input-rules";
import { UNIT_MESSAGE_PREFIX } from "../../../contracts/units";
import type { AppMessageKey } from "../i18n/messages";

/** What a form says for a field instead of the generic words, by kind of problem. */
export interface FieldWords {
  /** Said when the field is empty: "Give the brief a title". */
  required?: AppMessageKey;
  /** Said for any other problem of the field. */
  invalid?: AppMessageKey;
}

/** A form's own words, by field path (list indices written `*`: `lines.*.description`). */
export type FormWords = Record<string, FieldWords>;

/** The parts of a Zod issue the words depend on (Zod 4's issue, structurally). */
export interface IssueLike {
  code: string;
  path?: readonly PropertyKey[] | undefined;
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
  /**
   * A form's own check names its message here (`{ key: "money.invalid" }`), with the values it
   * needs, if any (`{ key: "reminderSchedule.unreadable", values: { parts: "“x”" } }`).
   */
  params?: Record<string, unknown> | undefined;
  message?: string;
}

export interface IssueMessage {
  key: AppMessageKey;
  values?: Record<string, string | number>;
}

/** How many of the API's integers make one of what a person types, by `inUnit` unit. */
const UNIT_SCALE: Record<string, number> = { basis_points: 100, thousandths: 1000 };

/** The unit a contract's limit is stated in (`inUnit`), or null for the value itself. */
function unitOf(issue: IssueLike): string | null {
  const message = issue.message ?? "";
  return message.startsWith(UNIT_MESSAGE_PREFIX) ? message.slice(UNIT_MESSAGE_PREFIX.length) : null;
}

function pathPattern(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map((step) => (typeof step === "number" ? "*" : String(step))).join(".");
}

function isEmpty(issue: IssueLike): boolean {
  if (issue.input === undefined || issue.input === null) return true;
  if (typeof issue.input === "string" && issue.input.trim() === "") return true;
  return issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1;
}

/**
 * The catalogue message for a problem Zod found in a form, in human words: the form's own
 * words for the field first, else the same generic messages the server answers with.
 */
export function issueMessage(issue: IssueLike, words: FormWords = {}): IssueMessage {
  const own = words[pathPattern(issue.path)];
  if (isEmpty(issue)) return { key: own?.required ?? "validation.required" };
  if (own?.invalid) return { key: own.invalid };
  const key = issue.params?.["key"];
  if (issue.code === "custom" && typeof key === "string") {
    const values = issue.params?.["values"] as IssueMessage["values"] | undefined;
    return values ? { key: key as AppMessageKey, values } : { key: key as AppMessageKey };
  }
  // A contract's own rule names its reason, said as the server says it ("the target must differ
  // from the baseline").
  const reason = issue.params?.["reason"];
  if (issue.code === "custom" && REFINE_REASONS.includes(reason as RefineReason)) {
    return { key: `validation.${reason as RefineReason}` };
  }
  // A limit the contract states in the API's unit is said in the unit people type.
  const scale = UNIT_SCALE[unitOf(issue) ?? ""] ?? 1;
  const minimum = Number(issue.minimum) / scale;
  const maximum = Number(issue.maximum) / scale;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return { key: "validation.too_short", values: { minimum } };
      if (issue.origin === "array") return { key: "validation.too_few_items", values: { minimum } };
      return { key: "validation.too_small", values: { minimum } };
    case "too_big":
      if (issue.origin === "string") return { key: "validation.too_long", values: { maximum } };
      if (issue.origin === "array")
        return { key: "validation.too_many_items", values: { maximum } };
      return { key: "validation.too_big", values: { maximum } };
    case "invalid_format":
      if (issue.format === "email") return { key: "validation.invalid_email" };
      if (issue.format === "date") return { key: "validation.invalid_date" };
      return { key: "validation.invalid" };
    default:
      return { key: "validation.invalid" };
  }
}
