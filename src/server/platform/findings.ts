import type { FindingResponse } from "../../contracts/terms";
import type { Finding } from "../../domain/findings";
import { formatMoney } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/messages/en";
import { CATALOGUES, translate } from "../../i18n/translate";
import type { FieldFailure } from "./result";

/** Finding values that are amounts in minor units of the finding's `currency` value. */
const MONEY_VALUES = new Set(["total", "budget", "rate", "floor", "paidBefore", "paidAfter"]);
/** Finding values that are ISO dates (YYYY-MM-DD), shown in the reader's date format. */
const DATE_VALUES = new Set(["start", "lastDue", "deadline", "earliestStart"]);

export type Check = "clarity" | "feasibility" | "fairTerms" | "evaluation";

/**
 * Where a check's paths start in the request body: proposals and agreements are sent as
 * `{ terms: … }`, so their findings point into `terms`; briefs and evaluations are the body.
 */
const BODY_PREFIX: Record<Check, string> = {
  clarity: "",
  feasibility: "terms",
  fairTerms: "terms",
  evaluation: "",
};

/** A finding's path as the request body names it (`terms.deliverables.0.criteria`). */
export function bodyPath(check: Check, path: string): string {
  const prefix = BODY_PREFIX[check];
  return prefix && path ? `${prefix}.${path}` : prefix || path;
}

/**
 * Puts a check's findings into the reader's language: the message under `<check>.<code>` and,
 * where the catalogue has one, the reason under `<check>.<code>.reason`.
 */
export function localiseFindings(
  locale: Locale,
  check: Check,
  findings: readonly Finding[],
): FindingResponse[] {
  return findings.map((finding) => {
    const values = readableValues(locale, finding.values ?? {});
    const key = `${check}.${finding.code}` as MessageKey;
    const reasonKey = `${key}.reason`;
    const hasReason = reasonKey in CATALOGUES[locale];
    return {
      code: finding.code,
      severity: finding.severity,
      path: bodyPath(check, finding.path),
      message: translate(locale, key, values),
      reason: hasReason ? translate(locale, reasonKey as MessageKey, values) : null,
    };
  });
}

/**
 * A refusal's `error.fields[]` for the findings that caused it: the same code and path as the
 * findings[] a read of the same object shows.
 */
export function findingFields(
  locale: Locale,
  check: Check,
  findings: readonly Finding[],
): FieldFailure[] {
  return findings.map((f) => ({
    path: bodyPath(check, f.path),
    key: `${check}.${f.code}` as MessageKey,
    values: readableValues(locale, f.values ?? {}),
  }));
}

/** Amounts, dates and language codes as the reader writes them; everything else as it is. */
export function readableValues(
  locale: Locale,
  values: Record<string, string | number>,
): Record<string, string | number> {
  const currency = typeof values.currency === "string" ? values.currency : undefined;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const languages = new Intl.DisplayNames(locale, { type: "language" });
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (MONEY_VALUES.has(name) && typeof value === "number" && currency) {
        return [name, formatMoney(locale, value, currency)];
      }
      if (DATE_VALUES.has(name) && typeof value === "string")
        return [name, dates.format(new Date(`${value}T00:00:00Z`))];
      if (name === "language" && typeof value === "string")
        return [name, languages.of(value) ?? value];
      return [name, value];
    }),
  );
}
