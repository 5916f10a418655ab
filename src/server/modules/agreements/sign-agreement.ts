import { currencyChange } from "../../../domain/agreement/kept-currency";
import { retainerPeriodChange } from "../../../domain/agreement/kept-retainer-period";
import { checkFairTerms, findingsToAcknowledge } from "../../../domain/agreement/fair-terms-check";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { findingFields } from "../../platform/findings";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { applySignedChanges } from "./apply-signed-changes";
import { appendEvent } from "../ledger/append-event";
import { amendedTerms, providerFloorRate, versionPresenter } from "./agreement-reader";
import type { AgreementVersionView } from "./agreement.presenter";
import {
  findVersion,
  findVersionInState,
  insertSignature,
  listSignatures,
  markInForce,
  supersedeInForce,
} from "./agreements.repository";
import { parseTerms } from "./canonical-terms";
import { lockAgreementFor } from "./lock-agreement";

/**
 * An owner signs a draft version for their own side, stating the hash of the text they read.
 * Invariants: a signature covers exactly one text; a version with a blocking fair-terms
 * finding is never signed, and a side signs a serious finding that costs it (a pay cut, for the
 * provider) only by naming it in `acknowledgedFindings`, which the ledger keeps with the
 * signature; when the second side signs, the version comes into force and the one it amends is
 * superseded, in the same transaction. The engagement lock serialises signatures, so two sides
 * signing at once cannot both miss that moment. The first agreement of an engagement is not
 * signed while either side is suspended or expelled; amendments are.
 */
export function signAgreement(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  version: number,
  input: { contentHash: string; acknowledgedFindings: readonly string[] },
): Promise<Result<AgreementVersionView>> {
  const { contentHash } = input;
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockAgreementFor(trx, deps, actor, engagementId, "sign");
    if (!locked.ok) return locked;
    const { engagement, side, orgId } = locked.value;
    const row = await findVersion(trx, engagementId, version);
    if (!row) return fail("not_found");
    if (row.status !== "draft") return fail("agreement_version_signed");
    if (row.content_hash !== contentHash) return fail("agreement_stale");
    const signatures = await listSignatures(trx, [row.id]);
    if (signatures.some((s) => s.side === side)) return fail("agreement_already_signed");
    const inForce = await findVersionInState(trx, engagementId, "in_force");
    const isFirstAgreement = !inForce;
    // A draft edited before the currency rule (5 December 2026) may name another: checked
    // again here, where a version comes into force.
    const agreed = inForce && parseTerms(inForce.terms);
    const changed = currencyChange(agreed, parseTerms(row.terms));
    if (changed) return fail("amendment_currency_changed", { currency: changed.agreed });
    const periodChanged = retainerPeriodChange(agreed, parseTerms(row.terms));
    if (periodChanged)
      return fail("amendment_retainer_period_changed", { period: periodChanged.agreed });
    if (isFirstAgreement) {
      // The first agreement starts the work: not while either side is suspended or expelled.
      // An amendment of one in force is work already under way and goes on.
      const now = deps.clock.now();
      const otherOrgId = side === "client" ? engagement.provider_org_id : engagement.client_org_id;
      const standing = await refuseIfSanctioned(trx, now, { own: orgId, counterpart: otherOrgId });
      if (!standing.ok) return standing;
    }

    const [floor, amends] = await Promise.all([
      providerFloorRate(trx, engagement),
      amendedTerms(trx, [row]),
    ]);
    const findings = checkFairTerms(parseTerms(row.terms), floor, amends);
    const blocking = findings.filter((f) => f.severity === "blocking");
    if (blocking.length > 0) {
      return fail(
        "agreement_not_signable",
        { count: blocking.length },
        findingFields("fairTerms", blocking),
      );
    }

    const toAcknowledge = findingsToAcknowledge(findings, side);
    const unacknowledged = toAcknowledge.filter(
      (code) => !input.acknowledgedFindings.includes(code),
    );
    if (unacknowledged.length > 0) {
      return fail(
        "agreement_acknowledgement_missing",
        { count: unacknowledged.length },
        findingFields(
          "fairTerms",
          findings.filter((f) => unacknowledged.includes(f.code)),
        ).map((field) => ({ ...field, path: "acknowledgedFindings" })),
      );
    }

    const now = deps.clock.now().toISOString();
    await insertSignature(trx, {
      version_id: row.id,
      side,
      user_id: actor.userId,
      org_id: orgId,
      content_hash: contentHash,
      signed_at: now,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "agreement.signed",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { version, side, contentHash, acknowledgedFindings: toAcknowledge },
    });
    if (signatures.some((s) => s.side !== side)) {
      if (!(await markInForce(trx, row.id, now))) return fail("agreement_version_signed");
      const superseded = await supersedeInForce(trx, engagementId, row.id, now);
      await appendEvent(trx, deps, {
        engagementId,
        type: "agreement.in_force",
        actorUserId: actor.userId,
        actorOrgId: orgId,
        payload: { version, contentHash, supersededVersion: superseded },
      });
      await applySignedChanges(trx, deps, {
        engagementId,
        version,
        actorUserId: actor.userId,
        actorOrgId: orgId,
      });
    }
    const signed = await findVersion(trx, engagementId, version);
    if (!signed) throw new Error("agreement version vanished inside its own transaction");
    const present = await versionPresenter(trx, engagement, [signed]);
    return ok(present(signed));
  });
}
