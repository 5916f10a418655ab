import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import type { Result } from "../../platform/result";
import { lockParticipant, type LockedEngagement } from "../../kernel/lock-participant";
import { AGREEMENT_ACCESS, type AgreementAction } from "./agreement.policy";

export type LockedAgreement = LockedEngagement;

/** Inside a write's transaction: checks the agreement action, then locks the engagement. */
export function lockAgreementFor(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "dialect" | "clock">,
  actor: Actor,
  engagementId: string,
  action: AgreementAction,
): Promise<Result<LockedAgreement>> {
  return lockParticipant(trx, deps, actor, engagementId, AGREEMENT_ACCESS[action]);
}
