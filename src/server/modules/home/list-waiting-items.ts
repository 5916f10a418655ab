import type { z } from "zod";
import type { WaitingItem, WaitingList } from "../../../contracts/home";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { otherSide, type Side } from "../../../domain/engagement/engagement";
import { waitsAfterEnd } from "../../../domain/engagement/engagement-summary";
import { engagementEndedOn, type ExitEnd } from "../../../domain/exit/after-exit";
import { isCheckInAsking } from "../../../domain/health/check-in-asking";
import type { FactsState } from "../../../domain/health/facts-from-ledger";
import { byUrgency } from "../../../domain/home/urgency";
import { isPastResponseTime, openRequests } from "../../../domain/messages/open-requests";
import { can, type AccessRule } from "../../kernel/access";
import { listExitEnds, type EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { AGREEMENT_ACCESS } from "../agreements/agreement.policy";
import { parseTerms } from "../agreements/canonical-terms";
import { BILLING_ACCESS } from "../billing/billing.policy";
import { CHANGE_REQUEST_ACCESS } from "../change-requests/change-request.policy";
import { DELIVERY_ACCESS } from "../delivery/delivery.policy";
import { MESSAGE_ACCESS } from "../messages/message.policy";
import { HEALTH_ACCESS } from "../relationship-health/health.policy";
import {
  listActiveEngagementsOfOrgs,
  listHealthStates,
  listInvoiceDrafts,
  listLiveAgreementVersions,
  listMessageTimesOf,
  listOpenChangeRequests,
  listOpenCheckIns,
  listPaymentsAwaitingAnswer,
  listRefundsAwaitingAnswer,
  listSignedSides,
  listSubmissionsInReview,
} from "./waiting.repository";
import { listPayBackAmounts } from "./list-pay-back-items";

type Engagement = NonNullable<EngagementWithOrgs>;
type Item = z.infer<typeof WaitingItem>;

/** Each engagement with what the home page needs to say about it, and the agreement in force. */
interface Context {
  engagement: Engagement;
  inForce: AgreementTerms | null;
  draft: AgreementTerms | null;
}

/**
 * What waits for the person across the engagements of all their organisations, most urgent
 * first. Each kind of item is asked of the part's own access rule (the kernel's `can`), so a
 * viewer sees nothing to act on and each side sees only its own turn. Once the exit has ended
 * an engagement, its changes and amendments no longer wait on anyone (`waitsAfterEnd`, as in
 * the list's summary); the settlement's steps (rounds, invoices, payments, refunds, money
 * owed back) and messages do.
 */
export async function listWaitingItems(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof WaitingList>>> {
  const now = deps.clock.now();
  const orgIds = [...actor.memberships.keys()];
  const engagements = orgIds.length ? await listActiveEngagementsOfOrgs(deps.db, orgIds) : [];
  const ids = engagements.map((engagement) => engagement.id);
  if (ids.length === 0) return ok({ items: [], generatedAt: now.toISOString() });

  const [versions, submissions, changes, drafts, payments, refunds, messages, exitEnds, checkIns] =
    await Promise.all([
      listLiveAgreementVersions(deps.db, ids),
      listSubmissionsInReview(deps.db, ids),
      listOpenChangeRequests(deps.db, ids),
      listInvoiceDrafts(deps.db, ids),
      listPaymentsAwaitingAnswer(deps.db, ids),
      listRefundsAwaitingAnswer(deps.db, ids),
      listMessageTimesOf(deps.db, ids),
      listExitEnds(deps.db, ids),
      listOpenCheckIns(deps.db, ids),
    ]);
  const ended = new Set(
    exitEnds
      .filter((exit) => engagementEndedOn(exit, now) !== null)
      .map((exit) => exit.engagementId),
  );
  const draftVersions = versions.filter((version) => version.status === "draft");
  const signed = draftVersions.length
    ? await listSignedSides(
        deps.db,
        draftVersions.map((version) => version.id),
      )
    : [];

  const contexts = new Map<string, Context>(
    engagements.map((engagement) => {
      const termsOf = (status: "draft" | "in_force") => {
        const row = versions.find((v) => v.engagement_id === engagement.id && v.status === status);
        return row ? parseTerms(row.terms) : null;
      };
      return [engagement.id, { engagement, inForce: termsOf("in_force"), draft: termsOf("draft") }];
    }),
  );

  const items: Item[] = [];
  /** The person's side when `rule` lets them act on the engagement (and `side` is theirs). */
  const actingSide = (engagementId: string, rule: AccessRule, side?: Side) => {
    const context = contexts.get(engagementId);
    if (!context) return undefined;
    const decision = can(actor, context.engagement, rule);
    if (decision.decision !== "allowed" || (side && decision.side !== side)) return undefined;
    const { engagement } = context;
    return {
      context,
      base: {
        engagementId,
        engagementTitle: engagement.title,
        side: decision.side,
        otherSideName:
          (decision.side === "client" ? engagement.provider_name : engagement.client_name) ?? null,
      },
    };
  };

  for (const submission of submissions) {
    const acting = actingSide(submission.engagement_id, DELIVERY_ACCESS.evaluate);
    if (!acting) continue;
    const { inForce, draft } = acting.context;
    const deliverable = [inForce, draft]
      .flatMap((terms) => terms?.deliverables ?? [])
      .find((candidate) => candidate.id === submission.deliverable_id);
    items.push({
      ...acting.base,
      kind: "evaluate_round",
      since: submission.submitted_at,
      dueAt: submission.review_due_at,
      submissionId: submission.id,
      deliverableId: submission.deliverable_id,
      deliverableTitle: deliverable?.title ?? submission.deliverable_id,
      round: submission.round,
      isDeemedAcceptanceAgreed: submission.is_deemed_acceptance_agreed === 1,
    });
  }

  for (const change of changes) {
    // Unpriced, the provider prices it; priced, the client approves or declines it.
    const isPriced = change.status === "priced";
    const side: Side = isPriced ? "client" : "provider";
    const acting = actingSide(change.engagement_id, CHANGE_REQUEST_ACCESS.answer, side);
    if (!acting) continue;
    const common = { number: change.number, title: change.title, changeRequestId: change.id };
    if (isPriced) {
      items.push({
        ...acting.base,
        ...common,
        kind: "approve_change",
        since: change.priced_at ?? change.created_at,
        dueAt: null,
        priceMinor: Number(change.price_minor ?? 0),
        currency: acting.context.inForce?.remuneration.currency ?? "",
      });
    } else {
      items.push({
        ...acting.base,
        ...common,
        kind: "price_change",
        since: change.created_at,
        dueAt: null,
      });
    }
  }

  for (const invoice of drafts) {
    const acting = actingSide(invoice.engagement_id, BILLING_ACCESS.invoice);
    if (!acting) continue;
    items.push({
      ...acting.base,
      kind: "issue_invoice",
      since: invoice.created_at,
      dueAt: null,
      invoiceId: invoice.id,
      totalMinor: Number(invoice.total_minor),
      currency: invoice.currency,
    });
  }

  for (const payment of payments) {
    const answeringSide = otherSide(payment.recorded_side);
    const acting = actingSide(payment.engagement_id, BILLING_ACCESS.answerPayment, answeringSide);
    if (!acting) continue;
    items.push({
      ...acting.base,
      kind: "confirm_payment",
      since: payment.recorded_at,
      dueAt: null,
      invoiceId: payment.invoice_id,
      invoiceNumber: payment.invoice_number,
      paymentId: payment.id,
      amountMinor: Number(payment.amount_minor),
      currency: payment.currency,
    });
  }

  // Which side answers a refund is the part's rule alone (`answerRefund`: the client).
  for (const refund of refunds) {
    const acting = actingSide(refund.engagement_id, BILLING_ACCESS.answerRefund);
    if (!acting) continue;
    items.push({
      ...acting.base,
      kind: "confirm_refund",
      since: refund.recorded_at,
      dueAt: null,
      refundId: refund.id,
      amountMinor: Number(refund.amount_minor),
      currency: refund.currency,
    });
  }

  // Money owed back on an exit: the provider pays it back, until a refund awaits the client.
  const refundAwaited = new Set(refunds.map((refund) => refund.engagement_id));
  const payBackExits = exitEnds.filter(
    (exit) =>
      exit.endedAmicablyAt === null &&
      !refundAwaited.has(exit.engagementId) &&
      actingSide(exit.engagementId, BILLING_ACCESS.recordRefund) !== undefined,
  );
  for (const owed of await listPayBackAmounts(deps.db, payBackExits)) {
    const acting = actingSide(owed.exit.engagementId, BILLING_ACCESS.recordRefund);
    if (!acting) continue;
    items.push({
      ...acting.base,
      kind: "pay_back",
      since: owed.exit.noticeGivenAt,
      dueAt: null,
      amountMinor: owed.amountMinor,
      currency: owed.currency,
    });
  }

  for (const version of draftVersions) {
    const acting = actingSide(version.engagement_id, AGREEMENT_ACCESS.sign);
    if (!acting) continue;
    const hasSigned = signed.some(
      (signature) => signature.version_id === version.id && signature.side === acting.base.side,
    );
    if (hasSigned) continue;
    items.push({
      ...acting.base,
      kind: "sign_agreement",
      since: version.updated_at,
      dueAt: null,
      version: version.version,
    });
  }

  for (const engagement of engagements) {
    const acting = actingSide(engagement.id, MESSAGE_ACCESS.post);
    const agreed = acting?.context.inForce?.responseTimes;
    if (!acting || !agreed) continue;
    const hours = acting.base.side === "client" ? agreed.clientHours : agreed.providerHours;
    const requests = openRequests(
      messages
        .filter((message) => message.engagement_id === engagement.id)
        .map((message) => ({
          side: message.author_side,
          thread:
            message.thread_kind === "engagement"
              ? "engagement"
              : `${message.thread_kind}:${message.thread_id}`,
          at: new Date(message.created_at),
        })),
    );
    for (const request of requests) {
      if (request.awaitingSide !== acting.base.side) continue;
      if (!isPastResponseTime(request, hours, now)) continue;
      items.push({
        ...acting.base,
        kind: "answer_message",
        since: request.since.toISOString(),
        dueAt: new Date(request.since.getTime() + hours * 3_600_000).toISOString(),
        thread: request.thread,
        agreedHours: hours,
      });
    }
  }

  // An open check-in waits for each side until that side answers (its answer stays private),
  // while it still asks: the reminder's rule (`isCheckInAsking`), so the home page stops asking
  // when the work is complete or the exit has ended the engagement.
  const answeredSides = new Map<string, Set<Side>>();
  for (const row of checkIns) {
    const sides = answeredSides.get(row.id) ?? new Set<Side>();
    answeredSides.set(row.id, sides);
    if (row.side) sides.add(row.side);
  }
  const asking = await engagementsAsking(deps, checkIns, exitEnds, now);
  for (const checkIn of new Map(checkIns.map((row) => [row.id, row])).values()) {
    if (!asking.has(checkIn.engagement_id)) continue;
    const acting = actingSide(checkIn.engagement_id, HEALTH_ACCESS.answerCheckIn);
    if (!acting || answeredSides.get(checkIn.id)?.has(acting.base.side)) continue;
    items.push({
      ...acting.base,
      kind: "answer_check_in",
      since: checkIn.opened_at,
      dueAt: checkIn.closes_at,
      checkInId: checkIn.id,
      period: Number(checkIn.period),
    });
  }

  const stillWaiting = items.filter(
    (item) => !ended.has(item.engagementId) || waitsAfterEnd(item.kind),
  );
  return ok({ items: stillWaiting.sort(byUrgency), generatedAt: now.toISOString() });
}

/** The engagements among those with an open check-in whose check-in still asks its sides. */
async function engagementsAsking(
  deps: AppDeps,
  checkIns: readonly { engagement_id: string }[],
  exitEnds: readonly (ExitEnd & { engagementId: string })[],
  now: Date,
): Promise<Set<string>> {
  const ids = [...new Set(checkIns.map((checkIn) => checkIn.engagement_id))];
  if (ids.length === 0) return new Set();
  const exits = new Map(exitEnds.map((exit) => [exit.engagementId, exit]));
  const states = await listHealthStates(deps.db, ids);
  return new Set(
    states
      .filter((row) =>
        isCheckInAsking(JSON.parse(row.state) as FactsState, exits.get(row.engagement_id), now),
      )
      .map((row) => row.engagement_id),
  );
}
