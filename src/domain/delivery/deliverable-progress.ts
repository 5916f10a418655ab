import type { AgreementTerms, Deliverable } from "../agreement/terms";

export type SubmissionStatus = "in_review" | "accepted" | "deemed_accepted" | "changes_requested";

export type DeliverableStatus = "not_submitted" | SubmissionStatus;

export interface SubmissionRound {
  round: number;
  status: SubmissionStatus;
}

/** The deliverable's state is its latest round's; before any round it is not submitted. */
export function deliverableStatus(rounds: readonly SubmissionRound[]): DeliverableStatus {
  const latest = latestRound(rounds);
  return latest ? latest.status : "not_submitted";
}

export function isAccepted(status: DeliverableStatus): boolean {
  return status === "accepted" || status === "deemed_accepted";
}

function latestRound(rounds: readonly SubmissionRound[]): SubmissionRound | undefined {
  return rounds.reduce<SubmissionRound | undefined>(
    (latest, r) => (!latest || r.round > latest.round ? r : latest),
    undefined,
  );
}

/** Rework rounds used: every submission after the first answers a request for changes. */
export function revisionsUsed(rounds: readonly SubmissionRound[]): number {
  return Math.max(0, rounds.length - 1);
}

export type SubmitRefusal =
  "deliverable_in_review" | "deliverable_already_accepted" | "revision_limit_reached";

/**
 * Whether the provider may hand in a (new) round of the deliverable. A round waits for its
 * evaluation; an accepted deliverable is done; and rework past the agreed revision limit needs
 * a change request, which raises the limit in the agreement it amends.
 */
export function canSubmit(
  deliverable: Pick<Deliverable, "revisionLimit">,
  rounds: readonly SubmissionRound[],
): { ok: true; round: number } | { ok: false; reason: SubmitRefusal } {
  const status = deliverableStatus(rounds);
  if (status === "in_review") return { ok: false, reason: "deliverable_in_review" };
  if (isAccepted(status)) return { ok: false, reason: "deliverable_already_accepted" };
  if (
    status === "changes_requested" &&
    deliverable.revisionLimit !== null &&
    revisionsUsed(rounds) >= deliverable.revisionLimit
  ) {
    return { ok: false, reason: "revision_limit_reached" };
  }
  return { ok: true, round: rounds.length + 1 };
}

/** Revision rounds still available; null when the agreement set no limit. */
export function revisionsLeft(
  deliverable: Pick<Deliverable, "revisionLimit">,
  rounds: readonly SubmissionRound[],
): number | null {
  if (deliverable.revisionLimit === null) return null;
  return Math.max(0, deliverable.revisionLimit - revisionsUsed(rounds));
}

/**
 * The milestones whose every deliverable is accepted once `statuses` hold. A milestone with no
 * deliverables is never accepted by delivery: nothing can be evaluated against it.
 */
export function acceptedMilestoneIds(
  terms: Pick<AgreementTerms, "milestones" | "deliverables">,
  statuses: ReadonlyMap<string, DeliverableStatus>,
): string[] {
  return terms.milestones
    .filter((milestone) => {
      const deliverables = terms.deliverables.filter((d) => d.milestoneId === milestone.id);
      return (
        deliverables.length > 0 &&
        deliverables.every((d) => isAccepted(statuses.get(d.id) ?? "not_submitted"))
      );
    })
    .map((m) => m.id);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the client's agreed review window for a submission ends: `reviewWindowDays` whole days
 * after it was handed in. Null when the agreement set no window.
 */
export function reviewDueAt(submittedAt: Date, reviewWindowDays: number | null): Date | null {
  if (reviewWindowDays === null) return null;
  return new Date(submittedAt.getTime() + reviewWindowDays * DAY_MS);
}

/** How long before the review window ends the client is reminded that silence will accept. */
export const REVIEW_REMINDER_LEAD_MS = DAY_MS;

/**
 * Whether to remind the client at `now` that a round's review window is about to end: only
 * where silence will accept it, once, within the last day of the window and before it ends.
 */
export function isReviewReminderDue(
  submission: {
    status: SubmissionStatus;
    reviewDueAt: Date | null;
    isDeemedAcceptanceAgreed: boolean;
    isReminded: boolean;
  },
  now: Date,
): boolean {
  if (submission.status !== "in_review" || !submission.isDeemedAcceptanceAgreed) return false;
  if (submission.isReminded || submission.reviewDueAt === null) return false;
  const due = submission.reviewDueAt.getTime();
  return now.getTime() >= due - REVIEW_REMINDER_LEAD_MS && now.getTime() < due;
}

/**
 * Whether silence has accepted the submission at `now`: it is still in review, the agreement
 * says silence accepts, and the window has passed.
 */
export function isDeemedAcceptedAt(
  submission: {
    status: SubmissionStatus;
    reviewDueAt: Date | null;
    isDeemedAcceptanceAgreed: boolean;
  },
  now: Date,
): boolean {
  return (
    submission.status === "in_review" &&
    submission.isDeemedAcceptanceAgreed &&
    submission.reviewDueAt !== null &&
    now.getTime() >= submission.reviewDueAt.getTime()
  );
}
