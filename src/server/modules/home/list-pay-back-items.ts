import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { finalSettlementOf } from "../exits/final-settlement-of";

/** An exit the person may pay back on (the provider's owners and members), not ended amicably. */
export interface OpenExitToPayBack {
  engagementId: string;
  exitDate: string;
  noticeGivenAt: string;
}

/**
 * What the provider still owes back on each exit, tax included (the settlement's
 * `refundToSettleMinor`), for the exits where that is more than zero. The settlement reads about
 * ten statements of its engagement, so only exits the person records refunds on and that have
 * not ended amicably (an amicable end needs a zero balance) are computed, and none whose refund
 * already awaits the client's answer (the client's `confirm_refund` waits then, not this).
 */
export async function listPayBackAmounts(
  db: Kysely<Database>,
  exits: readonly OpenExitToPayBack[],
): Promise<{ exit: OpenExitToPayBack; amountMinor: number; currency: string }[]> {
  const settled = await Promise.all(
    exits.map(async (exit) => ({
      exit,
      view: await finalSettlementOf(db, exit.engagementId, exit.exitDate),
    })),
  );
  return settled.flatMap(({ exit, view }) =>
    view?.refundToSettleMinor
      ? [{ exit, amountMinor: view.refundToSettleMinor, currency: view.currency }]
      : [],
  );
}
