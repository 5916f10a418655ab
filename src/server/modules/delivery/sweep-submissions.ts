import type { Kysely } from "kysely";
import type { SubmissionStatus } from "../../../domain/delivery/deliverable-progress";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { findSubmission } from "./delivery.repository";

type SubmissionRow = NonNullable<Awaited<ReturnType<typeof findSubmission>>>;

/** A stored round as the time-based rules read it. */
export interface SweptSubmission {
  row: SubmissionRow;
  status: SubmissionStatus;
  reviewDueAt: Date | null;
  isDeemedAcceptanceAgreed: boolean;
  isReminded: boolean;
}

/**
 * Runs a time-based step over candidate rounds, each in its own transaction: the engagement is
 * locked first (the order every write takes, so a sweep never deadlocks with an evaluation),
 * the round is read again under that lock, and `step` applies its transition with a conditional
 * update. However many processes sweep at once, each transition happens once. Returns how many
 * rounds `step` moved.
 */
export async function sweepSubmissions(
  deps: AppDeps,
  candidates: readonly { id: string; engagement_id: string }[],
  step: (trx: Kysely<Database>, submission: SweptSubmission) => Promise<boolean>,
): Promise<number> {
  let moved = 0;
  for (const candidate of candidates) {
    const isMoved = await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.engagement_id);
      const row = await findSubmission(trx, candidate.engagement_id, candidate.id);
      if (!row) return false;
      return step(trx, {
        row,
        status: row.status,
        reviewDueAt: row.review_due_at ? new Date(row.review_due_at) : null,
        isDeemedAcceptanceAgreed: Number(row.is_deemed_acceptance_agreed) === 1,
        isReminded: row.review_reminded_at !== null,
      });
    });
    if (isMoved) moved++;
  }
  return moved;
}
