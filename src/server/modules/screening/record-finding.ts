import type { Kysely } from "kysely";
import type { ScreeningResult } from "../../../domain/screening/types";
import { type Wording, wording } from "../../platform/wording";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { openCase } from "../moderation/open-case";
import type { ScreenedSurface } from "./screen-before-send";

export interface SentText {
  engagementId: string;
  surface: ScreenedSurface;
  subjectId: string;
  actorUserId: string;
  senderOrgId: string;
  recipientOrgId: string;
  /** A review still blind to the recipient: the history records the finding, not its phrases. */
  isBlind?: boolean;
  /** The text itself, kept with a case's evidence when the subject holds several (a dispute). */
  text?: string;
}

/** What the sender is told after sending a text that screening flagged. */
export interface ScreeningNotice {
  kind: "retaliation" | "legal_threat";
  /** The policy the sender broke, worded for them at the HTTP edge. */
  policy: Wording;
  caseId: string | null;
}

/**
 * Acts on what was sent. A legal threat is part of the relationship's history (an event both
 * sides see), not a matter for moderation. A retaliation opens a moderation case against the
 * sender at once; the review it targets stays up, and the sender is told the policy.
 */
export async function recordFinding(
  trx: Kysely<Database>,
  deps: AppDeps,
  sent: SentText,
  screened: ScreeningResult,
): Promise<ScreeningNotice | null> {
  const phrases = screened.evidence
    .filter((e) => !e.role.endsWith("-ignored"))
    .map((e) => ({ phrase: e.phrase, role: e.role }));
  if (screened.kind === "legal_threat") {
    await appendEvent(trx, deps, {
      engagementId: sent.engagementId,
      type: "screening.legal_threat_recorded",
      actorUserId: sent.actorUserId,
      actorOrgId: sent.senderOrgId,
      payload: {
        subjectKind: sent.surface,
        subjectId: sent.subjectId,
        language: screened.language,
        evidence: sent.isBlind ? [] : phrases,
      },
    });
    return {
      kind: "legal_threat",
      policy: wording("screening.policy.legal_threat"),
      caseId: null,
    };
  }
  if (screened.kind === "retaliation") {
    const caseId = await openCase(trx, deps, {
      engagementId: sent.engagementId,
      source: "screening",
      subjectKind: sent.surface,
      subjectId: sent.subjectId,
      accusedOrgId: sent.senderOrgId,
      complainantOrgId: sent.recipientOrgId,
      reportedBy: null,
      reason: screened.explanation,
      evidence: {
        language: screened.language,
        phrases,
        ...(sent.text !== undefined && { text: sent.text }),
      },
      actorUserId: null,
    });
    return {
      kind: "retaliation",
      policy: wording("screening.policy.retaliation"),
      caseId,
    };
  }
  return null;
}
