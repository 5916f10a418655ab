import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { applyOfferToTerms, type NextPhaseOffer } from "../../../domain/growth/next-phase-offer";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import {
  deleteSignatures,
  findVersionInState,
  insertVersion,
  latestVersionNumber,
  replaceDraftTerms,
} from "../agreements/agreements.repository";
import { canonicalTerms, parseTerms } from "../agreements/canonical-terms";
import { appendEvent } from "../ledger/append-event";

/**
 * Writes an accepted next phase into an amendment, inside the acceptance's transaction (the
 * engagement locked): the open draft if there is one (its signatures fall, as with any edit),
 * else a new draft copied from the version in force. The version in force stays in force until
 * both sides sign. Returns the draft's version number.
 */
export async function writeOfferIntoAgreement(
  trx: Kysely<Database>,
  deps: AppDeps,
  by: { engagementId: string; userId: string; orgId: string; side: Side },
  offer: NextPhaseOffer,
): Promise<number> {
  const { engagementId } = by;
  const actor = { actorUserId: by.userId, actorOrgId: by.orgId };
  const now = deps.clock.now().toISOString();
  const inForce = await findVersionInState(trx, engagementId, "in_force");
  if (!inForce) throw new Error("an offer was accepted with no agreement in force");
  const draft = await findVersionInState(trx, engagementId, "draft");
  if (draft) {
    const { text, hash } = canonicalTerms(applyOfferToTerms(parseTerms(draft.terms), offer));
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
        side: by.side,
        removedSignatures: removed.map((s) => ({ side: s.side, userId: s.user_id })),
      },
    });
    return Number(draft.version);
  }
  const version = (await latestVersionNumber(trx, engagementId)) + 1;
  const { text, hash } = canonicalTerms(applyOfferToTerms(parseTerms(inForce.terms), offer));
  await insertVersion(trx, {
    id: deps.ids.newId(),
    engagement_id: engagementId,
    version,
    status: "draft",
    terms: text,
    content_hash: hash,
    created_by: by.userId,
    created_at: now,
    updated_at: now,
    in_force_at: null,
  });
  await appendEvent(trx, deps, {
    engagementId,
    type: "agreement.amendment_opened",
    ...actor,
    payload: { version, amendsVersion: Number(inForce.version), contentHash: hash },
  });
  return version;
}
