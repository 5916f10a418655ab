import type { Kysely } from "kysely";
import type { CaseStatus } from "../../../domain/moderation/moderation-case";
import type { Database } from "../../db/schema";
import { fail, refuseAsItIsNow, type Result } from "../../platform/result";
import { findCase } from "./moderation.repository";

/** The steps a moderation case's state can refuse. */
export type RefusableCaseStep = "respond" | "decide" | "appeal" | "decide_appeal";

/**
 * `409 case_wrong_state`, naming where the case stands and the step it refuses ("was decided,
 * so the notice can no longer be answered"), so the reader knows why and what is left to do.
 */
export function refuseCaseStep<T>(status: CaseStatus, step: RefusableCaseStep): Result<T> {
  return fail("case_wrong_state", { status, action: step });
}

/**
 * The same refusal when a conditional update found the case already moved by another request
 * at the same time (a moderator's decision as the accused answers): named from the state that
 * request left, read again.
 */
export function refuseCaseMovedMeanwhile<T>(
  trx: Kysely<Database>,
  caseId: string,
  step: RefusableCaseStep,
): Promise<Result<T>> {
  return refuseAsItIsNow(findCase(trx, caseId), (moved) => refuseCaseStep(moved.status, step));
}
