import type { Kysely } from "kysely";
import type { DueBasis } from "../../../domain/billing/invoice-issue";
import type { Database } from "../../db/schema";
import { listEventsOfTypes } from "../ledger/ledger.repository";
import type { InvoiceRow } from "./invoices.repository";

const dayOf = (timestamp: string | null | undefined) => (timestamp ? timestamp.slice(0, 10) : null);

async function milestoneAcceptedOn(
  db: Kysely<Database>,
  engagementId: string,
  milestoneId: string,
) {
  const accepted = (await listEventsOfTypes(db, engagementId, ["milestone.accepted"])).find(
    (event) => event.payload.milestoneId === milestoneId,
  );
  return dayOf(accepted?.occurredAt);
}

async function changeApprovedOn(db: Kysely<Database>, engagementId: string, changeId: string) {
  const change = await db
    .selectFrom("change_requests")
    .select("decided_at")
    .where("engagement_id", "=", engagementId)
    .where("id", "=", changeId)
    .executeTakeFirst();
  return dayOf(change?.decided_at);
}

async function agreementInForceOn(db: Kysely<Database>, engagementId: string) {
  const first = await db
    .selectFrom("agreement_versions")
    .select((eb) => eb.fn.min<string>("in_force_at").as("since"))
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
  return dayOf(first?.since);
}

/**
 * The day what an invoice asks for fell due, the earliest day it may be dated: the milestone's
 * acceptance (from the ledger), the change's approval, the retainer period's first day, the
 * agreement's first coming into force for manual lines, the day late interest was computed to.
 */
export async function dueBasisOf(
  db: Kysely<Database>,
  invoice: Pick<InvoiceRow, "engagement_id" | "source_kind" | "source_ref">,
): Promise<DueBasis | null> {
  const { engagement_id: engagementId, source_kind: kind, source_ref: ref } = invoice;
  const since = await (async () => {
    switch (kind) {
      case "milestone":
        return ref ? milestoneAcceptedOn(db, engagementId, ref) : null;
      case "change_request":
        return ref ? changeApprovedOn(db, engagementId, ref) : null;
      case "retainer":
        return ref;
      case "late_interest":
        return ref?.split("@")[1] ?? null;
      case "manual":
        return agreementInForceOn(db, engagementId);
    }
  })();
  return since ? { kind, since } : null;
}
