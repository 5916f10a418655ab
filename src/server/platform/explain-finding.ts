import type { Evidence, ScreeningKind } from "../../domain/screening/types";
import type { Locale } from "../../i18n/locales";
import { translate } from "../../i18n/translate";

/** The roles that are the threat itself; a removal demand stands in when there is none. */
const THREAT_ROLES = new Set(["legal-threat", "intimidation", "sanction", "review-leverage"]);

/**
 * The catalogue's name for an evidence role (ICU select keys cannot hold hyphens). A context
 * link names a field, not words of the text, so it reads as what the field says.
 */
export function evidenceRoleKey(evidence: Pick<Evidence, "phrase" | "role">): string {
  if (evidence.role === "context-link") {
    return evidence.phrase.startsWith("reviewId") ? "attachedToReview" : "sentAfterReview";
  }
  return evidence.role.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** One piece of evidence in the reader's language: its role and the phrase as written. */
export function describeEvidence(
  locale: Locale,
  evidence: Pick<Evidence, "phrase" | "role">,
): string {
  return translate(locale, "screening.evidence", {
    role: evidenceRoleKey(evidence),
    phrase: evidence.phrase,
  });
}

function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format([...new Set(items)]);
}

/**
 * A screening decision explained in the reader's language: the phrases that made it a threat,
 * the condition it was put under, and what linked it to a review. The domain's `explanation`
 * stays English (for `accord screen`); what users read is this.
 */
export function explainFinding(
  locale: Locale,
  kind: ScreeningKind,
  evidence: readonly Pick<Evidence, "phrase" | "role">[],
): string {
  const counted = evidence.filter((e) => !e.role.endsWith("-ignored"));
  if (kind === "none" || counted.length === 0) {
    return translate(locale, "screening.explanation.none");
  }
  const hasThreat = counted.some((e) => THREAT_ROLES.has(e.role));
  const isThreat = (e: Pick<Evidence, "role">) =>
    hasThreat ? THREAT_ROLES.has(e.role) : e.role === "removal-demand";
  const threats = counted.filter(isThreat).map((e) => describeEvidence(locale, e));
  const conditions = counted
    .filter((e) => e.role === "ultimatum")
    .map((e) => describeEvidence(locale, e));
  const links = counted
    .filter(
      (e) =>
        !isThreat(e) &&
        (e.role === "context-link" || e.role === "removal-demand" || e.role === "review-mention"),
    )
    .map((e) => describeEvidence(locale, e));
  const values = {
    threats: listOf(locale, threats),
    conditions: conditions.length > 0 ? listOf(locale, conditions) : "none",
    links: links.length > 0 ? listOf(locale, links) : "none",
  };
  return kind === "retaliation"
    ? translate(locale, "screening.explanation.retaliation", values)
    : translate(locale, "screening.explanation.legal_threat", values);
}
