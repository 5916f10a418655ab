import type { Kysely } from "kysely";
import type { z } from "zod";
import type { DeliveryOverview, Submission } from "../../../contracts/delivery";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { summariseScope } from "../../../domain/change/change-request";
import {
  acceptedMilestoneIds,
  canSubmit,
  deliverableStatus,
  revisionsLeft,
  revisionsUsed,
  type DeliverableStatus,
} from "../../../domain/delivery/deliverable-progress";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { groupBy } from "../../platform/group-by";
import { ok, type Result } from "../../platform/result";
import { termsInForce } from "../../kernel/terms-in-force";
import { listChangeRequests } from "../change-requests/change-requests.repository";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { presentSubmission } from "./delivery.presenter";
import {
  findSubmissionWithNames,
  listFilesOfEngagement,
  listFilesOfSubmission,
  listNotes,
  listNotesOf,
  listSubmissions,
  listVerdicts,
  listVerdictsOf,
  type SubmissionRow,
} from "./delivery.repository";

/** Every submission of the engagement with its files, verdicts and remarks: four queries. */
async function readSubmissions(db: Kysely<Database>, engagementId: string): Promise<Submission[]> {
  const [rows, files, verdicts, notes] = await Promise.all([
    listSubmissions(db, engagementId),
    listFilesOfEngagement(db, engagementId),
    listVerdicts(db, engagementId),
    listNotes(db, engagementId),
  ]);
  const related = {
    files: groupBy(files, (f) => f.submission_id ?? ""),
    verdicts: groupBy(verdicts, (v) => v.submission_id),
    remarks: groupBy(notes, (n) => n.submission_id ?? ""),
  };
  return rows.map((row: SubmissionRow) => presentSubmission(row, related));
}

/**
 * One submission as `readSubmissions` presents it, from its own rows only: the reply to a
 * submission or an evaluation, on engagements with dozens of rounds.
 */
export async function readSubmission(
  db: Kysely<Database>,
  engagementId: string,
  submissionId: string,
): Promise<Submission> {
  const [row, files, verdicts, notes] = await Promise.all([
    findSubmissionWithNames(db, engagementId, submissionId),
    listFilesOfSubmission(db, engagementId, submissionId),
    listVerdictsOf(db, engagementId, submissionId),
    listNotesOf(db, engagementId, submissionId),
  ]);
  if (!row) throw new Error("submission vanished inside its own transaction");
  return presentSubmission(row, {
    files: new Map([[submissionId, files]]),
    verdicts: new Map([[submissionId, verdicts]]),
    remarks: new Map([[submissionId, notes]]),
  });
}

/** Each deliverable's state from its rounds, for the milestone rule. */
export function statusesOf(
  terms: Pick<AgreementTerms, "deliverables">,
  submissions: readonly Pick<Submission, "deliverableId" | "round" | "status">[],
): Map<string, DeliverableStatus> {
  const byDeliverable = groupBy(submissions, (s) => s.deliverableId);
  return new Map(
    terms.deliverables.map((d) => [d.id, deliverableStatus(byDeliverable.get(d.id) ?? [])]),
  );
}

/**
 * Delivery as both sides see it: each deliverable of the agreement in force with its rounds,
 * verdicts, remarks and what is left of its revision limit; the milestones and whether they
 * are accepted; and the scope summary (agreed, priced changes, unpriced demands).
 */
export async function getDelivery(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof DeliveryOverview>>> {
  const viewable = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.view);
  if (!viewable.ok) return viewable;
  const agreed = await termsInForce(deps.db, engagementId);
  if (!agreed) {
    return ok({
      engagementId,
      agreementVersion: null,
      deliverables: [],
      milestones: [],
      scope: null,
    });
  }
  const [submissions, changes, notes] = await Promise.all([
    readSubmissions(deps.db, engagementId),
    listChangeRequests(deps.db, engagementId),
    listNotes(deps.db, engagementId),
  ]);
  const byDeliverable = groupBy(submissions, (s) => s.deliverableId);
  const statuses = statusesOf(agreed.terms, submissions);
  const accepted = new Set(acceptedMilestoneIds(agreed.terms, statuses));
  const { terms } = agreed;
  return ok({
    engagementId,
    agreementVersion: agreed.version,
    deliverables: terms.deliverables.map((d) => {
      const rounds = byDeliverable.get(d.id) ?? [];
      const allowed = canSubmit(d, rounds);
      return {
        id: d.id,
        title: d.title,
        description: d.description,
        milestoneId: d.milestoneId,
        criteria: d.criteria,
        status: deliverableStatus(rounds),
        revisionLimit: d.revisionLimit,
        revisionsUsed: revisionsUsed(rounds),
        revisionsLeft: revisionsLeft(d, rounds),
        submitBlockedBy: allowed.ok ? null : allowed.reason,
        submissions: rounds,
      };
    }),
    milestones: terms.milestones.map((m) => ({ ...m, isAccepted: accepted.has(m.id) })),
    scope: {
      currency: terms.remuneration.currency,
      ...summariseScope({
        // The version in force already holds every signed amendment and applied change.
        agreedMinor: terms.remuneration.amountMinor,
        changes: changes.map((c) => ({
          status: c.status,
          priceMinor: c.price_minor === null ? null : Number(c.price_minor),
        })),
        notesWithoutChange: notes.filter((n) => n.change_request_id === null).length,
      }),
    },
  });
}
