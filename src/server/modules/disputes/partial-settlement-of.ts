import type { Kysely } from "kysely";
import type { DisputeSettlement } from "../../../contracts/disputes";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { computePartialSettlement } from "../../../domain/dispute/partial-settlement";
import { netEachByRunningTotalWithin } from "../../../domain/exit/running-net";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { termsInForce } from "../../kernel/terms-in-force";
import { listInvoicesOfEngagement } from "../billing/invoices.repository";
import { listCreditNotes, listPayments } from "../billing/payments.repository";
import { listChangeRequests } from "../change-requests/change-requests.repository";
import { listSubmissions, listVerdicts } from "../delivery/delivery.repository";
import { DISPUTE_ACCESS } from "./dispute.policy";
import { findDispute, type DisputeRow } from "./disputes.repository";

/** The milestone a dispute is about: a deliverable's (or the milestone named), or an invoice's. */
function disputedMilestoneId(
  dispute: DisputeRow,
  terms: AgreementTerms,
  invoices: readonly { id: string; source_kind: string; source_ref: string | null }[],
): string | null {
  const ref = dispute.subject_ref;
  if (ref === null) return null;
  if (dispute.subject_kind === "evaluation") {
    if (terms.milestones.some((m) => m.id === ref)) return ref;
    return terms.deliverables.find((d) => d.id === ref)?.milestoneId ?? null;
  }
  if (dispute.subject_kind === "invoice") {
    const invoice = invoices.find((i) => i.id === ref);
    return invoice?.source_kind === "milestone" ? invoice.source_ref : null;
  }
  return null;
}

/**
 * The fair partial settlement of a dispute, from the record: the disputed milestone's price
 * shared over its deliverables' agreed criteria as last evaluated (a deemed acceptance meets
 * them all), approved changes touching its deliverables, and the confirmed payments and credit
 * notes of the invoices that billed the milestone or those changes, counted net of tax as the
 * price is.
 */
export async function partialSettlementOf(
  db: Kysely<Database>,
  dispute: DisputeRow,
): Promise<DisputeSettlement["settlement"]> {
  const agreed = await termsInForce(db, dispute.engagement_id);
  if (!agreed) return null;
  const { terms } = agreed;
  const invoices = (await listInvoicesOfEngagement(db, dispute.engagement_id)).filter(
    (i) => i.number !== null && i.status !== "void",
  );
  const milestoneId = disputedMilestoneId(dispute, terms, invoices);
  const milestone = terms.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return null;
  const deliverables = terms.deliverables.filter((d) => d.milestoneId === milestone.id);
  const submissions = await listSubmissions(db, dispute.engagement_id);
  const verdicts = await listVerdicts(db, dispute.engagement_id);
  const lastDecided = (deliverableId: string) =>
    submissions
      .filter((s) => s.deliverable_id === deliverableId && s.status !== "in_review")
      .at(-1);
  const criteriaMetOf = (deliverable: (typeof deliverables)[number]) => {
    const last = lastDecided(deliverable.id);
    if (!last) return 0;
    if (last.status === "deemed_accepted") return deliverable.criteria.length;
    return verdicts.filter((v) => v.submission_id === last.id && Number(v.is_met) === 1).length;
  };
  const deliverableIds = new Set(deliverables.map((d) => d.id));
  const changes = (await listChangeRequests(db, dispute.engagement_id)).filter(
    (c) =>
      (c.status === "approved" || c.status === "applied") &&
      (JSON.parse(c.deliverable_ids) as string[]).some((id) => deliverableIds.has(id)),
  );
  // The invoices that billed what the settlement counts: the milestone's, and each counted
  // change's own (a change is owed at its price, so what was paid on it comes off).
  const changeIds = new Set(changes.map((c) => c.id));
  const billed = invoices.filter(
    (i) =>
      (i.source_kind === "milestone" && i.source_ref === milestone.id) ||
      (i.source_kind === "change_request" && i.source_ref !== null && changeIds.has(i.source_ref)),
  );
  const net = (invoiceId: string, amountMinor: number) => {
    const invoice = billed.find((i) => i.id === invoiceId);
    const total = Number(invoice?.total_minor ?? 0);
    return invoice && total > 0
      ? Math.round((amountMinor * Number(invoice.subtotal_minor)) / total)
      : amountMinor;
  };
  const numberOf = new Map(billed.map((i) => [i.id, i.number ?? ""]));
  const ids = billed.map((i) => i.id);
  const payments = (await listPayments(db, ids)).filter((p) => p.status === "confirmed");
  const credits = await listCreditNotes(db, ids);
  // Each invoice's payments and credit notes netted as one running total, as the final
  // settlement nets them: netted one by one, an invoice paid in full in instalments could come
  // off a cent away from its subtotal.
  const movedNet = netEachByRunningTotalWithin(
    [
      ...payments.map((p) => ({ key: p.invoice_id, grossMinor: Number(p.amount_minor) })),
      ...credits.map((c) => ({ key: c.invoice_id, grossMinor: Number(c.amount_minor) })),
    ],
    net,
  );
  const computed = computePartialSettlement({
    priceMinor: milestone.amountMinor,
    deliverables: deliverables.map((d) => ({
      id: d.id,
      title: d.title,
      criteriaMet: criteriaMetOf(d),
      criteriaTotal: d.criteria.length,
    })),
    approvedChanges: changes.map((c) => ({
      number: Number(c.number),
      title: c.title,
      priceMinor: Number(c.price_minor ?? 0),
    })),
    payments: payments.map((p, index) => ({
      reference: `${numberOf.get(p.invoice_id) ?? ""} ${p.reference}`.trim(),
      amountMinor: movedNet[index] ?? 0,
    })),
    credits: credits.map((c, index) => ({
      number: c.number,
      amountMinor: movedNet[payments.length + index] ?? 0,
    })),
  });
  return {
    currency: terms.remuneration.currency,
    milestone: { id: milestone.id, title: milestone.title, priceMinor: milestone.amountMinor },
    ...computed,
  };
}

/** Both sides (viewers too) read the partial settlement of one of their disputes. */
export async function getDisputeSettlement(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  disputeId: string,
): Promise<Result<DisputeSettlement>> {
  const engagement = await findEngagementFor(deps.db, actor, engagementId, DISPUTE_ACCESS.view);
  if (!engagement.ok) return engagement;
  const dispute = await findDispute(deps.db, engagementId, disputeId);
  if (!dispute) return fail("not_found");
  return ok({ settlement: await partialSettlementOf(deps.db, dispute) });
}
