import type { Side } from "../engagement/engagement";
import { isSameText } from "../same-text";

export type RecognitionKind = "kudos" | "introduction" | "testimonial" | "case_study";
export type RecognitionStatus =
  "awaiting_text_approval" | "awaiting_consent" | "published" | "declined";
export type RecognitionStep =
  "text_approved" | "text_declined" | "consent_granted" | "consent_declined" | "consent_withdrawn";

/** Only a testimonial or a case study is drafted by the side it praises and approved by the other. */
export function isRequestable(kind: RecognitionKind): boolean {
  return kind === "testimonial" || kind === "case_study";
}

/**
 * Where a recognition starts. Given by one side to the other, it waits for the recognised
 * side's consent before anything shows on a profile. Drafted by the recognised side (a
 * testimonial or case study it asks for), it waits for the giving side to approve its text:
 * asking was the recognised side's consent.
 */
export function initialStatus(isRequest: boolean): RecognitionStatus {
  return isRequest ? "awaiting_text_approval" : "awaiting_consent";
}

export type AnswerOutcome =
  | { ok: true; step: RecognitionStep; status: RecognitionStatus }
  | { ok: false; code: "recognition_wrong_state" | "recognition_wrong_side" };

/**
 * Who answers what, and what follows. Text approval is the giving side's (`fromSide`), consent
 * the recognised side's; each is answered once. Invariant: a recognition becomes `published`
 * only by the answer of the side whose consent it still needs.
 */
export function answerRecognition(
  status: RecognitionStatus,
  fromSide: Side,
  answeringSide: Side,
  isApproved: boolean,
): AnswerOutcome {
  if (status === "awaiting_text_approval") {
    if (answeringSide !== fromSide) return { ok: false, code: "recognition_wrong_side" };
    return isApproved
      ? { ok: true, step: "text_approved", status: "published" }
      : { ok: true, step: "text_declined", status: "declined" };
  }
  if (status === "awaiting_consent") {
    if (answeringSide === fromSide) return { ok: false, code: "recognition_wrong_side" };
    return isApproved
      ? { ok: true, step: "consent_granted", status: "published" }
      : { ok: true, step: "consent_declined", status: "declined" };
  }
  return { ok: false, code: "recognition_wrong_state" };
}

/**
 * A published recognition taken back off every profile (and out of health) by a side whose
 * consent published it: the recognised side, which consented to show it (asking for a
 * testimonial was that consent), and, for a testimonial or case study it approved the words of
 * (`isPublishedByTextApproval`), the giving side. It then counts as declined; its giver may
 * offer it again, to be consented to again.
 */
export function withdrawConsent(
  status: RecognitionStatus,
  fromSide: Side,
  withdrawingSide: Side,
  isPublishedByTextApproval: boolean,
): AnswerOutcome {
  if (status !== "published") return { ok: false, code: "recognition_wrong_state" };
  const isRecognised = withdrawingSide !== fromSide;
  if (!isRecognised && !isPublishedByTextApproval) {
    return { ok: false, code: "recognition_wrong_side" };
  }
  return { ok: true, step: "consent_withdrawn", status: "declined" };
}

/** What makes two recognitions the same one: who gives it, its kind, its subject and words. */
export interface RecognitionIdentity {
  fromSide: Side;
  kind: RecognitionKind;
  subject: { kind: string; id: string } | null;
  text: string;
}

/**
 * The earlier recognition `given` repeats, if any: a side gives a recognition of a kind for a
 * subject once (without a subject, once per wording), so a double click or a retry cannot
 * count twice towards the recognised side's health. A declined one does not count: the side
 * may offer it again, reworded or not.
 */
export function earlierRecognitionLike<
  R extends RecognitionIdentity & { status: RecognitionStatus },
>(earlier: readonly R[], given: RecognitionIdentity): R | undefined {
  return earlier.find(
    (r) =>
      r.status !== "declined" &&
      r.fromSide === given.fromSide &&
      r.kind === given.kind &&
      (given.subject === null
        ? r.subject === null && isSameText(r.text, given.text)
        : r.subject?.kind === given.subject.kind && r.subject.id === given.subject.id),
  );
}
