import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import {
  engagementCompletion,
  type CompletionStep,
  type EngagementCompletion,
} from "../../../domain/engagement/engagement-completion";
import type { ReviewOccasion } from "../../../domain/review/review";
import type { Database } from "../../db/schema";
import {
  acceptedMilestonesOf,
  exitCompletionOf,
  exitDateOf,
  OCCASION_EVENT_TYPES,
  type OccasionEvent,
} from "../../../domain/review/occasions";
import { listEventsOfTypes } from "../ledger/ledger.repository";

/** An occasion that has happened, with the moment its review window opened. */
export interface HappenedOccasion {
  occasion: ReviewOccasion;
  at: string;
}

/**
 * Why an occasion has not happened: for the engagement, how far it is from completing; for a
 * milestone, whether any agreement that came into force names it at all.
 */
export type OccasionTime =
  | { hasHappened: true; at: string }
  | {
      hasHappened: false;
      engagement?: Exclude<EngagementCompletion, { status: "completed" }>;
      isUnknownMilestone?: boolean;
    };

/**
 * When the occasion happened, opening its review window: a milestone's acceptance, the
 * engagement's completion (`engagementCompletion`) or its exit's (`exitCompletionOf`).
 */
export async function findOccasionTime(
  db: Kysely<Database>,
  engagementId: string,
  occasion: ReviewOccasion,
  now: Date,
): Promise<OccasionTime> {
  const happened = (at: string | null | undefined): OccasionTime =>
    at ? { hasHappened: true, at } : { hasHappened: false };
  if (occasion.ref !== "" && occasion.kind !== "milestone") return happened(null);
  const events = await listEventsOfTypes(db, engagementId, OCCASION_EVENT_TYPES);
  switch (occasion.kind) {
    case "exit":
      return happened(exitCompletionOf(events, now));
    case "engagement": {
      const completion = await completionOf(db, engagementId, events, now);
      return completion.status === "completed"
        ? happened(completion.at)
        : { hasHappened: false, engagement: completion };
    }
    case "milestone": {
      const accepted = acceptedMilestonesOf(events).find((m) => m.milestoneId === occasion.ref);
      if (accepted) return happened(accepted.at);
      const named = await listMilestoneIdsOfVersions(db, engagementId, versionsInForce(events));
      const isNamed = [...named.values()].some((ids) => ids.includes(occasion.ref));
      return { hasHappened: false, isUnknownMilestone: !isNamed };
    }
  }
}

/**
 * Every occasion of the engagement that has happened by `now`, in that order: each accepted
 * milestone, the engagement's completion, its exit's. The rounds it may review.
 */
export async function listHappenedOccasions(
  db: Kysely<Database>,
  engagementId: string,
  now: Date,
): Promise<HappenedOccasion[]> {
  const events = await listEventsOfTypes(db, engagementId, OCCASION_EVENT_TYPES);
  const milestones = acceptedMilestonesOf(events).map(({ milestoneId, at }) => ({
    occasion: { kind: "milestone" as const, ref: milestoneId },
    at,
  }));
  const completion = await completionOf(db, engagementId, events, now);
  const exitAt = exitCompletionOf(events, now);
  return [
    ...milestones,
    ...(completion.status === "completed"
      ? [{ occasion: { kind: "engagement" as const, ref: "" }, at: completion.at }]
      : []),
    ...(exitAt ? [{ occasion: { kind: "exit" as const, ref: "" }, at: exitAt }] : []),
  ];
}

/**
 * Whether and when the engagement completed (`engagementCompletion`), from its ledger: the
 * agreement versions that came into force with the milestones each names, the milestones'
 * acceptances, and the exit.
 */
async function completionOf(
  db: Kysely<Database>,
  engagementId: string,
  events: readonly OccasionEvent[],
  now: Date,
): Promise<EngagementCompletion> {
  const milestonesOf = await listMilestoneIdsOfVersions(db, engagementId, versionsInForce(events));
  const steps = events.flatMap((event): CompletionStep[] => {
    const at = event.occurredAt;
    switch (event.type) {
      case "agreement.in_force": {
        const milestoneIds = milestonesOf.get(event.payload.version) ?? [];
        return [{ type: event.type, at, milestoneIds }];
      }
      case "milestone.accepted":
        return [{ type: event.type, at, milestoneId: event.payload.milestoneId }];
      case "exit.ended_amicably":
        return [{ type: event.type, at }];
      case "exit.notice_given":
      case "exit.protected_started":
        return [];
    }
  });
  return engagementCompletion(steps, exitDateOf(events), now);
}

/** The agreement versions that came into force, from the ledger. */
function versionsInForce(events: readonly OccasionEvent[]): number[] {
  return events.flatMap((e) => (e.type === "agreement.in_force" ? [e.payload.version] : []));
}

/** The milestone ids each of the engagement's agreement versions names. */
async function listMilestoneIdsOfVersions(
  db: Kysely<Database>,
  engagementId: string,
  versions: readonly number[],
): Promise<Map<number, string[]>> {
  if (versions.length === 0) return new Map();
  const rows = await db
    .selectFrom("agreement_versions")
    .select(["version", "terms"])
    .where("engagement_id", "=", engagementId)
    .where("version", "in", [...versions])
    .execute();
  return new Map(
    rows.map((row) => {
      const terms = JSON.parse(row.terms) as Pick<AgreementTerms, "milestones">;
      return [Number(row.version), terms.milestones.map((m) => m.id)];
    }),
  );
}
