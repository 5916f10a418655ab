import type { z } from "zod";
import type { ModerationCase } from "../../../contracts/moderation";
import type { Evidence } from "../../../domain/screening/types";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import { explainFinding } from "../../platform/explain-finding";
import type { CaseViewerRole } from "./moderation.policy";
import type { CaseRow } from "./moderation.repository";

/** The text a case is about; a review a moderator hid stays hidden from the parties here too. */
function subjectText(row: CaseRow, viewerRole: CaseViewerRole): string | null {
  switch (row.subject_kind) {
    case "message":
      return row.message_body;
    case "reply":
      return row.reply_body;
    case "review":
      return row.review_hidden_at && viewerRole !== "moderator" ? null : row.review_body;
    case "dispute":
      // A dispute holds several texts: the one screened is kept with the evidence.
      return textOf(JSON.parse(row.evidence) as unknown);
  }
}

function textOf(evidence: unknown): string | null {
  if (typeof evidence !== "object" || evidence === null || !("text" in evidence)) return null;
  return typeof evidence.text === "string" ? evidence.text : null;
}

/**
 * Whether the case is about a review still blind to the reader: the reviewed side (the
 * complainant of a screening case) learns of the case, never the text nor its phrases, until
 * the round is published.
 */
function isBlindTo(row: CaseRow, viewerRole: CaseViewerRole): boolean {
  return row.subject_kind === "review" && row.review_published_at === null
    ? viewerRole === "complainant"
    : false;
}

/** A case as a party or a moderator sees it at `now`; who reported it is never shown. */
export function presentCase(
  row: CaseRow,
  viewerRole: CaseViewerRole,
  now: Date,
): z.infer<typeof ModerationCase> {
  const isBlind = isBlindTo(row, viewerRole);
  return {
    id: row.id,
    engagementId: row.engagement_id,
    source: row.source,
    subject: {
      kind: row.subject_kind,
      id: row.subject_id,
      text: isBlind ? null : subjectText(row, viewerRole),
      ...(isBlind && { isBlind }),
    },
    accusedOrgId: row.accused_org_id,
    accusedOrgName: row.accused_org_name,
    complainantOrgId: row.complainant_org_id,
    complainantOrgName: row.complainant_org_name,
    reason: isBlind ? "" : row.reason,
    evidence: isBlind ? null : (JSON.parse(row.evidence) as unknown),
    status: row.status,
    notice: {
      responseDueAt: row.response_due_at,
      response: row.response,
      respondedAt: row.responded_at,
      isWindowOpen: now.getTime() < new Date(row.response_due_at).getTime(),
    },
    decision:
      row.decision && row.decision_reason && row.decided_at
        ? {
            decision: row.decision,
            reason: row.decision_reason,
            decidedAt: row.decided_at,
            suspensionDays: row.suspension_days === null ? null : Number(row.suspension_days),
          }
        : null,
    appeal:
      row.appeal_reason && row.appealed_at
        ? {
            reason: row.appeal_reason,
            appealedAt: row.appealed_at,
            outcome: row.appeal_outcome,
            outcomeReason: row.appeal_decision_reason,
            decidedAt: row.appeal_decided_at,
          }
        : null,
    viewerRole,
    createdAt: row.created_at,
  };
}

type PresentedCase = z.infer<typeof ModerationCase>;

function phrasesOf(evidence: unknown): Pick<Evidence, "phrase" | "role">[] {
  if (typeof evidence !== "object" || evidence === null || !("phrases" in evidence)) return [];
  const phrases = evidence.phrases;
  if (!Array.isArray(phrases)) return [];
  return phrases.filter(
    (p): p is Pick<Evidence, "phrase" | "role"> =>
      typeof p === "object" &&
      p !== null &&
      typeof (p as { phrase?: unknown }).phrase === "string" &&
      typeof (p as { role?: unknown }).role === "string",
  );
}

/**
 * A case opened by screening explains itself in the reader's language, from the evidence it
 * stored (the phrases and the review link); a reported case keeps the reporter's own words.
 */
export function localiseCase(item: PresentedCase, locale: Locale): PresentedCase {
  if (item.subject.isBlind) {
    return { ...item, reason: translate(locale, "moderation.case.review_blind") };
  }
  if (item.source !== "screening") return item;
  const phrases = phrasesOf(item.evidence);
  if (phrases.length === 0) return item;
  return { ...item, reason: explainFinding(locale, "retaliation", phrases) };
}

/** The same, for a list of cases. */
export function localiseCases<L extends { cases: PresentedCase[] }>(list: L, locale: Locale): L {
  return { ...list, cases: list.cases.map((item) => localiseCase(item, locale)) };
}
