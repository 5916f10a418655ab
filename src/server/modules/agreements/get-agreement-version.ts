import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import { versionPresenter } from "./agreement-reader";
import type { AgreementVersionView } from "./agreement.presenter";
import { findVersion } from "./agreements.repository";

/** One version of the agreement, with its signatures, fair-terms findings and signability. */
export async function getAgreementVersion(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  version: number,
): Promise<Result<AgreementVersionView>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const row = await findVersion(deps.db, engagementId, version);
  if (!row) return fail("not_found");
  const present = await versionPresenter(deps.db, loaded.value.row, [row]);
  return ok(present(row));
}
