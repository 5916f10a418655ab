import type { PageQuery } from "../../../contracts/pagination";
import type { RefundList } from "../../../contracts/billing";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { findBillingViewer } from "../billing/billing.policy";
import {
  listRefundPage,
  listRefunds as listEngagementRefunds,
  type RefundRow,
} from "../billing/refunds.repository";
import { presentRefund } from "./refund.presenter";
import { refundMoneyOf } from "./refund-money";

/**
 * The engagement's refunds in the order they were recorded, a page of them or every one when
 * no page is asked (the archive), with what the client paid, what came back and what may still
 * be recorded as paid back. Both sides read them: the provider paid them, the client answers.
 */
export async function listRefunds(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query?: PageQuery,
): Promise<Result<RefundList>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const held = await refundMoneyOf(deps.db, engagementId);
  let page: { items: RefundRow[]; nextCursor: string | null };
  if (!query) {
    page = { items: await listEngagementRefunds(deps.db, engagementId), nextCursor: null };
  } else {
    const after = cursorFromQuery(query.cursor);
    if (!after.ok) return after;
    const rows = await listRefundPage(deps.db, engagementId, {
      ...(after.value && { after: after.value }),
      limit: query.limit + 1,
    });
    page = keysetPage(rows, query.limit, (row) => ({ key: row.recorded_at, id: row.id }));
  }
  const reader = { actor, engagement: viewer.value.engagement };
  return ok({
    refunds: page.items.map((row) => presentRefund(row, reader)),
    nextCursor: page.nextCursor,
    currency: held.currency ?? "",
    paidMinor: held.paidMinor,
    refundedMinor: held.refundedMinor,
    awaitingConfirmationMinor: held.awaitingConfirmationMinor,
    openToRefundMinor: held.openToRefundMinor,
  });
}
