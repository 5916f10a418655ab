import type { z } from "zod";
import type { EditDraftBody } from "../../../contracts/agreements";
import { currencyChange } from "../../../domain/agreement/kept-currency";
import { retainerPeriodChange } from "../../../domain/agreement/kept-retainer-period";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { todayOf } from "../../platform/clock";
import { runInTransaction } from "../../platform/transaction";
import { refuseTermsBeyondHorizon } from "../../kernel/planned-days";
import { termsInForce } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import { versionPresenter } from "./agreement-reader";
import type { AgreementVersionView } from "./agreement.presenter";
import {
  deleteSignatures,
  findVersion,
  findVersionInState,
  latestVersionNumber,
  replaceDraftTerms,
} from "./agreements.repository";
import { canonicalTerms } from "./canonical-terms";
import { lockAgreementFor } from "./lock-agreement";

/**
 * Either side's owner or member rewrites the open draft. The editor names the hash of the text
 * they started from, so an edit made on a stale copy is refused rather than silently undoing
 * the other side's. A signature given to the previous text no longer covers the new one and is
 * removed; the ledger records whose.
 */
export function editAgreementDraft(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: z.infer<typeof EditDraftBody>,
): Promise<Result<AgreementVersionView>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockAgreementFor(trx, deps, actor, engagementId, "editDraft");
    if (!locked.ok) return locked;
    const draft = await findVersionInState(trx, engagementId, "draft");
    if (!draft) {
      // Signed versions never change; an engagement without any agreement has nothing to edit.
      const hasAgreement = (await latestVersionNumber(trx, engagementId)) > 0;
      return fail(hasAgreement ? "agreement_version_signed" : "not_found");
    }
    if (draft.content_hash !== input.baseHash) return fail("agreement_stale");
    const farDate = refuseTermsBeyondHorizon(input.terms, todayOf(deps.clock));
    if (farDate) return farDate;
    const agreed = (await termsInForce(trx, engagementId))?.terms;
    const changed = currencyChange(agreed, input.terms);
    if (changed)
      return failAtField("amendment_currency_changed", "terms.remuneration.currency", {
        currency: changed.agreed,
      });
    const periodChanged = retainerPeriodChange(agreed, input.terms);
    if (periodChanged)
      return failAtField("amendment_retainer_period_changed", "terms.remuneration.retainerPeriod", {
        period: periodChanged.agreed,
      });
    const { text, hash } = canonicalTerms(input.terms);
    // The same text again changes nothing, so the signatures on it stand.
    if (hash !== draft.content_hash) {
      const now = deps.clock.now().toISOString();
      const changes = { terms: text, content_hash: hash, updated_at: now };
      if (!(await replaceDraftTerms(trx, draft.id, input.baseHash, changes)))
        return fail("agreement_stale");
      const removed = await deleteSignatures(trx, draft.id);
      await appendEvent(trx, deps, {
        engagementId,
        type: "agreement.draft_edited",
        actorUserId: actor.userId,
        actorOrgId: locked.value.orgId,
        payload: {
          version: Number(draft.version),
          contentHash: hash,
          previousHash: draft.content_hash,
          side: locked.value.side,
          removedSignatures: removed.map((s) => ({
            side: s.side,
            userId: s.user_id,
            contentHash: s.content_hash,
          })),
        },
      });
    }
    const edited = await findVersion(trx, engagementId, Number(draft.version));
    if (!edited) throw new Error("agreement version vanished inside its own transaction");
    const present = await versionPresenter(trx, locked.value.engagement, [edited]);
    return ok(present(edited));
  });
}
