import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import { decidePayment, type PaymentStatus } from "../../../domain/billing/payments";
import { decideRefund, type RefundStatus } from "../../../domain/billing/refunds";
import { can, READ, WRITE, type AccessTableOf, type Participants } from "../../kernel/access";
import { findEngagementFor } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";

/**
 * Who does what with money: the provider drafts, issues, voids and credits its invoices;
 * either side records a payment and the other side answers it (which side answers is the
 * payment's own rule); the provider records money it paid back and the client, who received
 * it, answers. Viewers read everything their side may see and write nothing.
 */
export const BILLING_ACCESS = {
  view: READ,
  invoice: { roles: ["owner", "member"], side: "provider" },
  recordPayment: WRITE,
  answerPayment: WRITE,
  recordRefund: { roles: ["owner", "member"], side: "provider" },
  answerRefund: { roles: ["owner", "member"], side: "client" },
} as const satisfies AccessTableOf<"billing">;

/** Who reads money: the abilities its payments carry are theirs. */
export interface BillingReader {
  actor: Actor;
  engagement: Participants;
}

/**
 * Whether the reader may answer the payment now: the part's rule (`answerPayment`), then the
 * payment's own (`decidePayment`: still recorded, and recorded by the other side).
 */
export function paymentAbilities(
  reader: BillingReader,
  payment: { status: PaymentStatus; recordedSide: Side },
): { answer: boolean } {
  const decided = can(reader.actor, reader.engagement, BILLING_ACCESS.answerPayment);
  if (decided.decision !== "allowed") return { answer: false };
  const payload = { status: payment.status, recordedBy: payment.recordedSide };
  return { answer: decidePayment(payload, "confirm", decided.side).ok };
}

/**
 * Whether the reader may answer the refund now: the part's rule (`answerRefund`, the client),
 * then the refund's own (`decideRefund`: still awaiting an answer).
 */
export function refundAbilities(
  reader: BillingReader,
  refund: { status: RefundStatus },
): { answer: boolean } {
  const decided = can(reader.actor, reader.engagement, BILLING_ACCESS.answerRefund);
  return { answer: decided.decision === "allowed" && decideRefund(refund, "confirm").ok };
}

/**
 * A draft is the provider's working copy: the client sees an invoice once it has a number
 * (issued, even if later voided), never before.
 */
export function isInvoiceVisibleTo(side: Side, invoice: { number: string | null }): boolean {
  return side === "provider" || invoice.number !== null;
}

/** For reads: the engagement and the actor's side when they may see its money, else why not. */
export function findBillingViewer(db: Kysely<Database>, actor: Actor, engagementId: string) {
  return findEngagementFor(db, actor, engagementId, BILLING_ACCESS.view);
}
