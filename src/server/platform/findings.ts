import type { FindingResponse } from "../../contracts/terms";
import type { Finding } from "../../domain/findings";
import { formatMessageValues } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import type { MessageKey } from "../../i18n/messages/en";
import { CATALOGUES, translate } from "../../i18n/translate";
import type { FieldFailure } from "./result";

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
    const values = formatMessageValues(locale, finding.values ?? {});
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
 * findings[] a read of the same object shows. Values stay typed; the HTTP edge words them.
 */
export function findingFields(check: Check, findings: readonly Finding[]): FieldFailure[] {
  return findings.map((f) => ({
    path: bodyPath(check, f.path),
    key: `${check}.${f.code}` as MessageKey,
    ...(f.values && { values: f.values }),
  }));
}
