import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { acceptedMilestoneIds } from "../../../domain/delivery/deliverable-progress";
import type { LockedEngagementRow } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { listRoundsOf } from "./delivery.repository";
import { statusesOf } from "./read-delivery";

/**
 * After a deliverable is accepted (by evaluation or by silence): when that completes its
 * milestone, records `milestone.accepted`, the event that makes the milestone's amount due.
 * `locked`: the engagement's row, when the caller locked it in this transaction (as
 * `appendEvent` takes it).
 */
export async function recordMilestoneIfComplete(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: {
    engagementId: string;
    terms: AgreementTerms;
    deliverableId: string;
    actorUserId: string | null;
    actorOrgId: string | null;
  },
  locked?: LockedEngagementRow,
): Promise<void> {
  const milestoneId = input.terms.deliverables.find(
    (d) => d.id === input.deliverableId,
  )?.milestoneId;
  const milestone = input.terms.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return;
  const siblings = input.terms.deliverables.filter((d) => d.milestoneId === milestone.id);
  const rounds = await listRoundsOf(
    trx,
    input.engagementId,
    siblings.map((d) => d.id),
  );
  const statuses = statusesOf(
    input.terms,
    rounds.map((r) => ({ ...r, round: Number(r.round) })),
  );
  if (!acceptedMilestoneIds(input.terms, statuses).includes(milestone.id)) return;
  await appendEvent(
    trx,
    deps,
    {
      engagementId: input.engagementId,
      type: "milestone.accepted",
      actorUserId: input.actorUserId,
      actorOrgId: input.actorOrgId,
      payload: {
        milestoneId: milestone.id,
        title: milestone.title,
        amountMinor: milestone.amountMinor,
        currency: input.terms.remuneration.currency,
      },
    },
    locked,
  );
}
