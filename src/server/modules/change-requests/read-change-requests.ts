import type { Kysely } from "kysely";
import type { ChangeRequest } from "../../../contracts/change-requests";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { termsInForce } from "../agreements/terms-in-force";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "../delivery/delivery.policy";
import { presentChangeRequest } from "./change-request.presenter";
import { findChangeRequest, listChangeRequests } from "./change-requests.repository";

async function currencyOf(db: Kysely<Database>, engagementId: string): Promise<string> {
  return (await termsInForce(db, engagementId))?.terms.remuneration.currency ?? "";
}

export async function readChangeRequest(
  db: Kysely<Database>,
  engagementId: string,
  id: string,
): Promise<ChangeRequest> {
  const row = await findChangeRequest(db, engagementId, id);
  if (!row) throw new Error("change request vanished inside its own transaction");
  return presentChangeRequest(row, await currencyOf(db, engagementId));
}

/** Every change request of the engagement, newest first, for either side to read. */
export async function listChanges(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<{ changeRequests: ChangeRequest[] }>> {
  const viewable = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.view);
  if (!viewable.ok) return viewable;
  const [rows, currency] = await Promise.all([
    listChangeRequests(deps.db, engagementId),
    currencyOf(deps.db, engagementId),
  ]);
  return ok({ changeRequests: rows.map((row) => presentChangeRequest(row, currency)) });
}

export async function getChange(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  id: string,
): Promise<Result<ChangeRequest>> {
  const viewable = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.view);
  if (!viewable.ok) return viewable;
  if (!(await findChangeRequest(deps.db, engagementId, id))) return fail("not_found");
  return ok(await readChangeRequest(deps.db, engagementId, id));
}
