import type { FindingResponse } from "../../contracts/terms";
import type { Finding } from "../../domain/findings";
import type { MessageKey } from "../../i18n/messages/en";
import { en } from "../../i18n/messages/en";
import type { FieldFailure } from "./result";
import { type Unworded, wording } from "./wording";

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
 * A check's findings as the response shows them: the message under `<check>.<code>` and, where
 * the catalogues have one, the reason under `<check>.<code>.reason`, both with the finding's
 * typed values, put into the reader's language at the HTTP edge.
 */
/** A finding as a use-case answers it: its message and reason still to be worded. */
export type FindingView = Unworded<FindingResponse, "message" | "reason">;

export function findingResponses(check: Check, findings: readonly Finding[]): FindingView[] {
  return findings.map((finding) => {
    const values = finding.values ?? {};
    const key = `${check}.${finding.code}` as MessageKey;
    const reasonKey = `${key}.reason`;
    // Every catalogue has the same keys (the type says so), so English answers for all.
    const hasReason = reasonKey in en;
    return {
      code: finding.code,
      severity: finding.severity,
      path: bodyPath(check, finding.path),
      message: wording(key, values),
      reason: hasReason ? wording(reasonKey as MessageKey, values) : null,
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
