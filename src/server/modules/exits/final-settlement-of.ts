import type { Kysely } from "kysely";
import {
  computeFinalSettlement,
  type FinalSettlement,
  type FinalSettlementInput,
} from "../../../domain/exit/final-settlement";
import {
  grossReachingNet,
  netEachByRunningTotal,
  netEachByRunningTotalWithin,
} from "../../../domain/exit/running-net";
import { retainerPeriodHolding } from "../../../domain/billing/retainer-period";
import { splitTimeInvoiced, type TimeInvoiced } from "../../../domain/billing/time-invoiced";
import { refundOfferedMinor, type AmendsItem } from "../../../domain/dispute/amends";
import type { Database } from "../../db/schema";
import {
  retainerInForceSinceDay,
  termsEverInForce,
  termsInForce,
} from "../../kernel/terms-in-force";
import { listInvoicesOfEngagement, listLines } from "../billing/invoices.repository";
import { listCreditNotes, listPayments } from "../billing/payments.repository";
import { listRefunds } from "../billing/refunds.repository";
import { listEventPayloads } from "../ledger/ledger.repository";
import { listAcceptedOffersByDispute } from "./exits.repository";

export interface SettlementView {
  currency: string;
  settlement: FinalSettlement | null;
  /**
   * When money is owed back: the refund, tax included, whose confirmation brings the balance to
   * zero (the balance is net of tax, a refund gives back money paid with its tax), less refunds
   * recorded and awaiting the client's answer. Null when nothing more needs recording.
   */
  refundToSettleMinor: number | null;
  /** Why no settlement could be computed from the record (terms the model needs are missing). */
  unavailableReason: string | null;
}

/**
 * The final settlement of an engagement, computed from its record by the pure domain function:
 * the agreement in force, the accepted milestones, the approved changes, the time and materials
 * invoiced (time and materials: see `timeInvoicedOf`), the confirmed payments
 * and the credit notes (net of tax, as the work lines are), the refunds accepted as amends in a
 * dispute (they come off here), and the refunds the provider paid back and the client confirmed
 * (they come back on, net of tax the same way, so paying back what was owed brings the balance
 * to zero), and the late-payment interest billing invoiced (its claims, net of tax as every
 * line is). Work in progress counts at a share of zero until both sides agree one (the record
 * holds no agreed share).
 */
export async function finalSettlementOf(
  db: Kysely<Database>,
  engagementId: string,
  exitDate: string,
): Promise<SettlementView | null> {
  const agreed = await termsInForce(db, engagementId);
  if (!agreed) return null;
  const { terms } = agreed;
  const remuneration = terms.remuneration;
  const accepted = new Set(
    (await listEventPayloads(db, engagementId, "milestone.accepted")).map((m) => m.milestoneId),
  );
  const approved = await listEventPayloads(db, engagementId, "change_request.approved");
  const invoices = (await listInvoicesOfEngagement(db, engagementId)).filter(
    (i) => i.number !== null && i.status !== "void",
  );
  const ids = invoices.map((i) => i.id);
  const numberOf = new Map(invoices.map((i) => [i.id, i.number ?? ""]));
  // The settlement counts work net of tax: money paid or credited on an invoice counts at the
  // invoice's share of subtotal in total.
  const netOf = new Map(
    invoices.map((i) => [
      i.id,
      { subtotal: Number(i.subtotal_minor), total: Number(i.total_minor) },
    ]),
  );
  const net = (invoiceId: string, amountMinor: number) => {
    const invoice = netOf.get(invoiceId);
    return invoice && invoice.total > 0
      ? Math.round((amountMinor * invoice.subtotal) / invoice.total)
      : amountMinor;
  };
  const payments = (await listPayments(db, ids)).filter((p) => p.status === "confirmed");
  const credits = await listCreditNotes(db, ids);
  // Each invoice's payments and credit notes netted as one running total: netted one by one, an
  // invoice paid in full in instalments could come off a cent away from its subtotal.
  const movedNet = netEachByRunningTotalWithin(
    [
      ...payments.map((p) => ({ key: p.invoice_id, grossMinor: Number(p.amount_minor) })),
      ...credits.map((c) => ({ key: c.invoice_id, grossMinor: Number(c.amount_minor) })),
    ],
    net,
  );
  const paymentsNet = movedNet.slice(0, payments.length);
  const creditsNet = movedNet.slice(payments.length);
  const retainerSince =
    remuneration.model === "retainer" ? await retainerInForceSinceDay(db, engagementId) : null;
  // Each period counts at the fee in force in it: an amendment of the fee changes what is owed
  // from its day in force on, never for the periods before it.
  const retainerFees = retainerSince
    ? (await termsEverInForce(db, engagementId)).flatMap(({ terms: ever, inForceOn }) =>
        ever.remuneration.model === "retainer" && inForceOn >= retainerSince
          ? [{ fromDay: inForceOn, periodFeeMinor: ever.remuneration.amountMinor ?? 0 }]
          : [],
      )
    : [];
  // A refund gives back money paid, which was paid with its tax: it comes off at the share of
  // net in what was paid, as the payments themselves do.
  const paidGross = payments.reduce((sum, p) => sum + Number(p.amount_minor), 0);
  const paidNet = paymentsNet.reduce((sum, amountMinor) => sum + amountMinor, 0);
  const netOfRefund = (amountMinor: number) =>
    paidGross > 0 ? Math.round((amountMinor * paidNet) / paidGross) : amountMinor;
  // Both netted as running totals, so refunds agreed in several disputes and paid back in
  // other instalments reach the same net when the same gross is paid back (each rounded on its
  // own could leave a cent between them and the exit never settled).
  const offered = (await listAcceptedOffersByDispute(db, engagementId))
    .map((offer) => ({
      disputeNumber: offer.disputeNumber,
      grossMinor: refundOfferedMinor(JSON.parse(offer.items) as AmendsItem[]),
    }))
    .filter((refund) => refund.grossMinor > 0);
  const offeredNet = netEachByRunningTotal(
    offered.map((refund) => refund.grossMinor),
    netOfRefund,
  );
  const agreedRefunds = offered.map((refund, index) => ({
    disputeNumber: refund.disputeNumber,
    amountMinor: offeredNet[index] ?? 0,
  }));
  const refunds = (await listRefunds(db, engagementId)).filter(
    (r) => r.currency === remuneration.currency,
  );
  const confirmed = refunds.filter((r) => r.status === "confirmed");
  const awaitingGross = refunds
    .filter((r) => r.status === "recorded")
    .reduce((sum, r) => sum + Number(r.amount_minor), 0);
  const confirmedNet = netEachByRunningTotal(
    confirmed.map((r) => Number(r.amount_minor)),
    netOfRefund,
  );
  const refundsPaid = confirmed.map((r, index) => ({
    paidOn: r.paid_on,
    reference: r.reference,
    amountMinor: confirmedNet[index] ?? 0,
  }));
  // A late-payment interest claim is neither time nor materials nor an advance on the work: it
  // is earned as interest, so its payment pays the interest and not the work.
  const interestClaims = invoices.filter((i) => i.source_kind === "late_interest");
  const timeInvoiced =
    remuneration.model === "time_and_materials" && remuneration.rateMinor !== null
      ? await timeInvoicedOf(
          db,
          engagementId,
          invoices.filter((i) => i.source_kind !== "late_interest"),
        )
      : null;
  const input: FinalSettlementInput = {
    model: remuneration.model,
    milestones: terms.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      amountMinor: m.amountMinor,
      state: accepted.has(m.id) ? "accepted" : "not_started",
      shareBasisPoints: 0,
    })),
    retainer:
      remuneration.model === "retainer" && retainerSince
        ? {
            // From the first day of the period it came into force in (an amendment's, when one
            // made the price a retainer), as billing invoices it.
            startDate:
              retainerPeriodHolding(retainerSince, remuneration.retainerPeriod)?.start ??
              retainerSince,
            fees: retainerFees,
            period: remuneration.retainerPeriod,
          }
        : null,
    time:
      timeInvoiced && remuneration.rateMinor !== null
        ? {
            entries: timeInvoiced.time,
            rateMinor: remuneration.rateMinor,
            capMinor: remuneration.amountMinor,
            // The rate's unit, as the agreement's document reads it (hours when no estimate says).
            unit: remuneration.estimatedEffort?.unit ?? "hour",
          }
        : null,
    exitDate,
    approvedChanges: approved.map((c) => ({
      number: c.number,
      title: c.title,
      priceMinor: c.priceMinor,
    })),
    approvedExpenses: timeInvoiced?.materials ?? [],
    payments: payments.map((p, index) => ({
      reference: `${numberOf.get(p.invoice_id) ?? ""} ${p.reference}`.trim(),
      amountMinor: paymentsNet[index] ?? 0,
    })),
    credits: credits.map((c, index) => ({
      number: c.number,
      amountMinor: creditsNet[index] ?? 0,
    })),
    agreedRefunds,
    refundsPaid,
    lateInterest: interestClaims.map((i) => ({
      invoiceNumber: i.number ?? "",
      amountMinor: Number(i.subtotal_minor),
    })),
  };
  const computed = computeFinalSettlement(input);
  if (!computed.ok)
    return {
      currency: remuneration.currency,
      settlement: null,
      refundToSettleMinor: null,
      unavailableReason: computed.reason,
    };
  const { balanceMinor } = computed.settlement;
  // The next refund nets as the next step of the confirmed refunds' running total. Refunds
  // awaiting the client's answer will take the same steps once confirmed: only the rest is
  // still to record (none when they cover it: the client's confirmation is what is missing).
  const confirmedGross = confirmed.reduce((sum, r) => sum + Number(r.amount_minor), 0);
  const wholeRefundMinor =
    balanceMinor < 0 ? grossReachingNet(-balanceMinor, confirmedGross, netOfRefund) : null;
  const stillToRecordMinor = wholeRefundMinor === null ? null : wholeRefundMinor - awaitingGross;
  return {
    currency: remuneration.currency,
    settlement: computed.settlement,
    refundToSettleMinor:
      stillToRecordMinor !== null && stillToRecordMinor > 0 ? stillToRecordMinor : null,
    unavailableReason: null,
  };
}

/**
 * The time and materials the provider invoiced (`splitTimeInvoiced`): the issued lines, in the
 * order their invoices were created, against every rate the agreement has had in force.
 */
async function timeInvoicedOf(
  db: Kysely<Database>,
  engagementId: string,
  invoices: readonly { id: string; issue_date: string | null }[],
): Promise<TimeInvoiced> {
  const issuedOn = new Map(invoices.map((i, index) => [i.id, { day: i.issue_date ?? "", index }]));
  const lines = (await listLines(db, [...issuedOn.keys()])).sort(
    (a, b) =>
      (issuedOn.get(a.invoice_id)?.index ?? 0) - (issuedOn.get(b.invoice_id)?.index ?? 0) ||
      Number(a.position) - Number(b.position),
  );
  const rates = (await termsEverInForce(db, engagementId)).flatMap(({ terms, inForceOn }) =>
    terms.remuneration.model === "time_and_materials" && terms.remuneration.rateMinor !== null
      ? [{ rateMinor: terms.remuneration.rateMinor, fromDay: inForceOn }]
      : [],
  );
  return splitTimeInvoiced(
    lines.map((line) => ({
      description: line.description,
      quantityMilli: Number(line.quantity_milli),
      unitPriceMinor: Number(line.unit_price_minor),
      netMinor: Number(line.net_minor),
      issueDate: issuedOn.get(line.invoice_id)?.day ?? "",
    })),
    rates,
  );
}
