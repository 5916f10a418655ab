import type { LateInterest } from "../../../contracts/billing";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import type { Unworded } from "../../platform/wording";
import { findBillingViewer } from "./billing.policy";
import { lateInterestOf, presentLateInterest } from "./late-interest-of";
import { findVisibleInvoice } from "./read-invoices";

/**
 * The late-interest computation of an invoice, line by line, for both sides to read before
 * the provider invoices any of it: as of today, or of a chosen day.
 */
export async function getLateInterest(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  asOf: string | undefined,
): Promise<Result<Unworded<LateInterest, "message">>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const found = await findVisibleInvoice(deps.db, viewer.value.side, engagementId, invoiceId);
  if (!found.ok) return found;
  const computed = await lateInterestOf(deps.db, found.value, asOf ?? todayOf(deps.clock));
  if (!computed.ok) return computed;
  return ok(presentLateInterest(found.value, computed.value));
}
