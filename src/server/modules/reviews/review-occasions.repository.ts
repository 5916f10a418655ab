import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import {
  engagementCompletion,
  type CompletionStep,
  type EngagementCompletion,
} from "../../../domain/engagement/engagement-completion";
import type { ReviewOccasion } from "../../../domain/review/review";
import type { Database } from "../../db/schema";
import { listEventsOfTypes } from "../ledger/ledger.repository";

/** An occasion that has happened, with the moment its review window opened. */
export interface HappenedOccasion {
  occasion: ReviewOccasion;
  at: string;
}

/** Why an occasion has not happened: for the engagement, how far it is from completing. */
export type OccasionTime =
  | { hasHappened: true; at: string }
  | { hasHappened: false; engagement?: Exclude<EngagementCompletion, { status: "completed" }> };

/**
 * When the occasion happened, opening its review window: a milestone's acceptance, the
 * engagement's completion (`findEngagementCompletion`) or its exit's (`findExitCompletion`).
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
  switch (occasion.kind) {
    case "exit":
      return happened(await findExitCompletion(db, engagementId, now));
    case "engagement": {
      const completion = await findEngagementCompletion(db, engagementId, now);
      return completion.status === "completed"
        ? happened(completion.at)
        : { hasHappened: false, engagement: completion };
    }
    case "milestone": {
      const accepted = await listAcceptedMilestones(db, engagementId);
      return happened(accepted.find((m) => m.milestoneId === occasion.ref)?.acceptedAt);
    }
  }
}

/** Every occasion of the engagement that has happened by `now`: the rounds it may review. */
export async function listHappenedOccasions(
  db: Kysely<Database>,
  engagementId: string,
  now: Date,
): Promise<HappenedOccasion[]> {
  const milestones = (await listAcceptedMilestones(db, engagementId)).map((m) => ({
    occasion: { kind: "milestone" as const, ref: m.milestoneId },
    at: m.acceptedAt,
  }));
  const completion = await findEngagementCompletion(db, engagementId, now);
  const exitAt = await findExitCompletion(db, engagementId, now);
  return [
    ...milestones,
    ...(completion.status === "completed"
      ? [{ occasion: { kind: "engagement" as const, ref: "" }, at: completion.at }]
      : []),
    ...(exitAt ? [{ occasion: { kind: "exit" as const, ref: "" }, at: exitAt }] : []),
  ];
}

/**
 * When the engagement's exit completed: its amicable end, or else the start (UTC) of its exit
 * date once that has come; null while no exit has completed.
 */
export async function findExitCompletion(
  db: Kysely<Database>,
  engagementId: string,
  now: Date,
): Promise<string | null> {
  const events = await listEventsOfTypes(db, engagementId, [
    "exit.notice_given",
    "exit.protected_started",
    "exit.ended_amicably",
  ]);
  const ended = events.find((event) => event.type === "exit.ended_amicably");
  if (ended) return ended.occurredAt;
  const started = events.findLast((event) => event.type !== "exit.ended_amicably");
  if (!started) return null;
  const exitAt = new Date(`${started.payload.exitDate}T00:00:00.000Z`);
  return exitAt.getTime() <= now.getTime() ? exitAt.toISOString() : null;
}

/**
 * Whether and when the engagement completed (`engagementCompletion`), read off the ledger: the
 * agreement versions that came into force with the milestones each names, the milestones'
 * acceptances, and the exit.
 */
export async function findEngagementCompletion(
  db: Kysely<Database>,
  engagementId: string,
  now: Date,
): Promise<EngagementCompletion> {
  const events = await listEventsOfTypes(db, engagementId, [
    "agreement.in_force",
    "milestone.accepted",
    "exit.notice_given",
    "exit.protected_started",
    "exit.ended_amicably",
  ]);
  const versions = events.flatMap((e) =>
    e.type === "agreement.in_force" ? [e.payload.version] : [],
  );
  const milestonesOf = await listMilestoneIdsOfVersions(db, engagementId, versions);
  let exitDateAt: string | null = null;
  const steps: CompletionStep[] = [];
  for (const event of events) {
    const at = event.occurredAt;
    switch (event.type) {
      case "agreement.in_force":
        steps.push({
          type: event.type,
          at,
          milestoneIds: milestonesOf.get(event.payload.version) ?? [],
        });
        break;
      case "milestone.accepted":
        steps.push({ type: event.type, at, milestoneId: event.payload.milestoneId });
        break;
      case "exit.ended_amicably":
        steps.push({ type: event.type, at });
        break;
      case "exit.notice_given":
      case "exit.protected_started":
        exitDateAt = `${event.payload.exitDate}T00:00:00.000Z`;
        break;
    }
  }
  return engagementCompletion(steps, exitDateAt, now);
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

/** Every milestone acceptance of the engagement, in ledger order: the occasions for reviews. */
export async function listAcceptedMilestones(
  db: Kysely<Database>,
  engagementId: string,
): Promise<{ milestoneId: string; acceptedAt: string }[]> {
  const accepted = await listEventsOfTypes(db, engagementId, ["milestone.accepted"]);
  const seen = new Set<string>();
  return accepted.flatMap(({ payload: { milestoneId }, occurredAt }) => {
    if (seen.has(milestoneId)) return [];
    seen.add(milestoneId);
    return [{ milestoneId, acceptedAt: occurredAt }];
  });
}
