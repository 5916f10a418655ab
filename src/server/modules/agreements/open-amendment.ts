import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { versionPresenter } from "./agreement-reader";
import type { AgreementVersionView } from "./agreement.presenter";
import {
  findVersion,
  findVersionInState,
  insertVersion,
  latestVersionNumber,
} from "./agreements.repository";
import { lockAgreementFor } from "./lock-agreement";

/**
 * Either side opens an amendment: a new draft copied from the version in force. The version in
 * force stays in force until both sides sign the amendment. One draft at a time: while one is
 * open (the first draft included), another is refused.
 */
export function openAmendment(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<AgreementVersionView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockAgreementFor(trx, deps, actor, engagementId, "openAmendment");
    if (!locked.ok) return locked;
    if (await findVersionInState(trx, engagementId, "draft")) return fail("agreement_draft_exists");
    const inForce = await findVersionInState(trx, engagementId, "in_force");
    if (!inForce) return fail("not_found");
    const version = (await latestVersionNumber(trx, engagementId)) + 1;
    const now = deps.clock.now().toISOString();
    await insertVersion(trx, {
      id: deps.ids.newId(),
      engagement_id: engagementId,
      version,
      status: "draft",
      terms: inForce.terms,
      content_hash: inForce.content_hash,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      in_force_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "agreement.amendment_opened",
      actorUserId: actor.userId,
      actorOrgId: locked.value.orgId,
      payload: {
        version,
        amendsVersion: Number(inForce.version),
        contentHash: inForce.content_hash,
      },
    });
    const opened = await findVersion(trx, engagementId, version);
    if (!opened) throw new Error("agreement version vanished inside its own transaction");
    const present = await versionPresenter(trx, locked.value.engagement, [opened]);
    return ok(present(opened));
  });
}
