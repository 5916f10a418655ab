import type { Kysely } from "kysely";
import type { OfferAnswer, OfferStatus } from "../../../domain/growth/next-phase-offer";
import type { RecognitionStatus } from "../../../domain/growth/recognition";
import type { Database } from "../../db/schema";
import { fail, refuseAsItIsNow, type Result } from "../../platform/result";
import { findCorrection } from "./goals.repository";
import { findOffer } from "./offers.repository";
import { findRecognition } from "./recognitions.repository";

/**
 * `409 offer_wrong_state`, naming what became of the next-phase offer and the answer it
 * refuses ("replaced by a newer offer, so it cannot be accepted").
 */
export function refuseOfferAnswer<T>(status: OfferStatus, answer: OfferAnswer): Result<T> {
  return fail("offer_wrong_state", { status, action: answer });
}

/** The same refusal when another answer moved the offer first: named from its state, read again. */
export function refuseOfferAnsweredMeanwhile<T>(
  trx: Kysely<Database>,
  engagementId: string,
  offerId: string,
  answer: OfferAnswer,
): Promise<Result<T>> {
  return refuseAsItIsNow(findOffer(trx, engagementId, offerId), (moved) =>
    refuseOfferAnswer(moved.status, answer),
  );
}

type CorrectionAnswer = "confirmed" | "disputed";
type CorrectionStatus = Database["goal_corrections"]["status"];

/**
 * `409 correction_wrong_state`, naming how the correction was answered and the answer it
 * refuses ("already disputed, so it cannot be confirmed").
 */
export function refuseCorrectionAnswer<T>(
  status: CorrectionStatus,
  answer: CorrectionAnswer,
): Result<T> {
  return fail("correction_wrong_state", { status, action: answer });
}

/** The same refusal when another answer moved the correction first, read again. */
export function refuseCorrectionAnsweredMeanwhile<T>(
  trx: Kysely<Database>,
  engagementId: string,
  correctionId: string,
  answer: CorrectionAnswer,
): Promise<Result<T>> {
  return refuseAsItIsNow(findCorrection(trx, engagementId, correctionId), (moved) =>
    refuseCorrectionAnswer(moved.status, answer),
  );
}

export type RecognitionAnswer = "approve" | "decline" | "withdraw_consent";

/**
 * `409 recognition_wrong_state`, naming where the recognition stands and the step it refuses
 * ("already published, so it cannot be declined").
 */
export function refuseRecognitionStep<T>(
  status: RecognitionStatus,
  step: RecognitionAnswer,
): Result<T> {
  return fail("recognition_wrong_state", { status, action: step });
}

/** The same refusal when another answer moved the recognition first, read again. */
export function refuseRecognitionMovedMeanwhile<T>(
  trx: Kysely<Database>,
  engagementId: string,
  recognitionId: string,
  step: RecognitionAnswer,
): Promise<Result<T>> {
  return refuseAsItIsNow(findRecognition(trx, engagementId, recognitionId), (moved) =>
    refuseRecognitionStep(moved.status, step),
  );
}
