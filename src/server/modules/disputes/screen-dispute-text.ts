import type { Kysely } from "kysely";
import type { ScreeningResult } from "../../../domain/screening/types";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { recordFinding, type ScreeningNotice } from "../screening/record-finding";
import { wasReviewedBy } from "../screening/review-context";
import { screenBeforeSend, settleNudges, type SendAttempt } from "../screening/screen-before-send";
import { DISPUTE_ACCESS } from "./dispute.policy";

export interface ScreenedDisputeText {
  attempt: SendAttempt;
  senderOrgId: string;
  recipientOrgId: string | null;
  screened: ScreeningResult;
}

/**
 * Before a dispute's write: its free text (a statement and what the side wants, a response, an
 * offer's note and apology) is screened as a message is, with the nudge unless sent anyway.
 * An actor who may not act gets the same refusal the write would give, and no nudge.
 */
export async function screenDisputeText(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  texts: readonly string[],
  sendAnyway: boolean,
): Promise<Result<ScreenedDisputeText>> {
  const found = await findEngagementFor(deps.db, actor, engagementId, DISPUTE_ACCESS.act);
  if (!found.ok) return found;
  const { engagement, side, orgId } = found.value;
  const recipientOrgId = side === "client" ? engagement.provider_org_id : engagement.client_org_id;
  const attempt: SendAttempt = {
    engagementId,
    surface: "dispute",
    text: texts.filter((t) => t.trim() !== "").join("\n\n"),
    context: {
      followsReviewOfSender:
        recipientOrgId !== null && (await wasReviewedBy(deps.db, orgId, recipientOrgId)),
    },
    sendAnyway,
  };
  const screened = await screenBeforeSend(deps, actor, attempt);
  if (!screened.ok) return screened;
  return ok({ attempt, senderOrgId: orgId, recipientOrgId, screened: screened.value });
}

/**
 * Inside the dispute's write: settles the nudge and acts on the finding, with the dispute as
 * the subject and the screened text kept in the case's evidence (a dispute holds several texts).
 */
export async function recordDisputeFinding(
  trx: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  disputeId: string,
  text: ScreenedDisputeText,
): Promise<ScreeningNotice | null> {
  await settleNudges(trx, deps, actor, text.attempt, text.screened);
  if (!text.recipientOrgId || text.attempt.text === "") return null;
  return recordFinding(
    trx,
    deps,
    {
      engagementId: text.attempt.engagementId,
      surface: "dispute",
      subjectId: disputeId,
      actorUserId: actor.userId,
      senderOrgId: text.senderOrgId,
      recipientOrgId: text.recipientOrgId,
      text: text.attempt.text,
    },
    text.screened,
  );
}
