import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { termsInForce } from "../agreements/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { listApprovedForVersion, updateChangeRequest } from "./change-requests.repository";

/**
 * When an amendment comes into force (both sides signed), the approved changes written into it
 * are applied. Called inside the signature's transaction.
 */
export async function applySignedChanges(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: { engagementId: string; version: number; actorUserId: string; actorOrgId: string },
): Promise<void> {
  const now = deps.clock.now().toISOString();
  const inForce = await termsInForce(trx, input.engagementId);
  // The amendment signed a moment ago is the agreement in force: its absence is a bug.
  if (!inForce) throw new Error("an amendment came into force without terms in force");
  const currency = inForce.terms.remuneration.currency;
  for (const change of await listApprovedForVersion(trx, input.engagementId, input.version)) {
    if (
      !(await updateChangeRequest(trx, change.id, "approved", {
        status: "applied",
        applied_at: now,
        updated_at: now,
      }))
    ) {
      continue;
    }
    await appendEvent(trx, deps, {
      engagementId: input.engagementId,
      type: "change_request.applied",
      actorUserId: input.actorUserId,
      actorOrgId: input.actorOrgId,
      payload: {
        changeRequestId: change.id,
        number: Number(change.number),
        title: change.title,
        priceMinor: Number(change.price_minor ?? 0),
        currency,
        application: "amendment",
        agreementVersion: input.version,
      },
    });
  }
}
