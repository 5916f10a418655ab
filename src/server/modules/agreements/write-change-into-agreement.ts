import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import type { ChangeApplication } from "../../../domain/change/change-request";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import {
  deleteSignatures,
  findVersionInState,
  insertVersion,
  latestVersionNumber,
  replaceDraftTerms,
  supersedeInForce,
} from "./agreements.repository";
import { canonicalTerms, parseTerms } from "./canonical-terms";

interface ChangeWriter {
  engagementId: string;
  actorUserId: string;
  actorOrgId: string;
  side: Side;
  /**
   * The approved change request that writes the terms; or, for accepted amends, the dispute;
   * neither for an accepted next-phase offer.
   */
  changeNumber?: number;
  disputeNumber?: number;
  application: ChangeApplication;
  /** The terms with the change in them. */
  amend: (terms: AgreementTerms) => AgreementTerms;
}

/**
 * Writes an approved change into the agreement, inside the approval's transaction (the
 * engagement is locked). By acknowledgement, a new version with the change comes into force at
 * once. By amendment, the change goes into a draft both sides then sign: the open draft if there
 * is one (its signatures fall, as with any edit), or a new one copied from the version in force.
 * An open draft also takes an acknowledged change, so signing it later cannot drop the change.
 * Returns the version that carries the change and whether it is in force.
 */
export async function writeChangeIntoAgreement(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: ChangeWriter,
): Promise<{ version: number; isInForce: boolean }> {
  const { engagementId } = input;
  const actor = { actorUserId: input.actorUserId, actorOrgId: input.actorOrgId };
  const now = deps.clock.now().toISOString();
  const inForce = await findVersionInState(trx, engagementId, "in_force");
  if (!inForce) throw new Error("a change was approved with no agreement in force");
  const draft = await findVersionInState(trx, engagementId, "draft");

  if (draft) {
    const { text, hash } = canonicalTerms(input.amend(parseTerms(draft.terms)));
    await replaceDraftTerms(trx, draft.id, draft.content_hash, {
      terms: text,
      content_hash: hash,
      updated_at: now,
    });
    const removed = await deleteSignatures(trx, draft.id);
    await appendEvent(trx, deps, {
      engagementId,
      type: "agreement.draft_edited",
      ...actor,
      payload: {
        version: Number(draft.version),
        contentHash: hash,
        previousHash: draft.content_hash,
        side: input.side,
        removedSignatures: removed.map((s) => ({ side: s.side, userId: s.user_id })),
        ...sourceOf(input),
      },
    });
    if (input.application === "amendment")
      return { version: Number(draft.version), isInForce: false };
  }

  const version = (await latestVersionNumber(trx, engagementId)) + 1;
  const { text, hash } = canonicalTerms(input.amend(parseTerms(inForce.terms)));
  const id = deps.ids.newId();
  const isInForce = input.application === "acknowledgement";
  await insertVersion(trx, {
    id,
    engagement_id: engagementId,
    version,
    status: isInForce ? "in_force" : "draft",
    terms: text,
    content_hash: hash,
    created_by: input.actorUserId,
    created_at: now,
    updated_at: now,
    in_force_at: isInForce ? now : null,
  });
  if (isInForce) {
    const superseded = await supersedeInForce(trx, engagementId, id, now);
    await appendEvent(trx, deps, {
      engagementId,
      type: "agreement.in_force",
      ...actor,
      payload: {
        version,
        contentHash: hash,
        supersededVersion: superseded,
        ...sourceOf(input),
        application: "acknowledgement",
      },
    });
  } else {
    await appendEvent(trx, deps, {
      engagementId,
      type: "agreement.amendment_opened",
      ...actor,
      payload: {
        version,
        amendsVersion: Number(inForce.version),
        contentHash: hash,
        ...sourceOf(input),
      },
    });
  }
  return { version, isInForce };
}

/**
 * The ledger's reference to what wrote the terms: a change request or a dispute's amends; none
 * for an accepted next-phase offer (its own `next_phase.answered` event names the version).
 */
function sourceOf(input: ChangeWriter): { changeRequestNumber?: number; disputeNumber?: number } {
  if (input.disputeNumber !== undefined) return { disputeNumber: input.disputeNumber };
  return input.changeNumber !== undefined ? { changeRequestNumber: input.changeNumber } : {};
}
