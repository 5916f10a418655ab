import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import { presentOverview, type AgreementOverviewView } from "./agreement.presenter";
import { versionPresenter } from "./agreement-reader";
import { listVersions } from "./agreements.repository";

/**
 * The engagement's agreement for either side: the version in force, the open draft, and every
 * version. An engagement that did not start from a proposal has none yet: all empty.
 */
export async function getAgreement(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<AgreementOverviewView>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const rows = await listVersions(deps.db, engagementId);
  const current = rows.filter((r) => r.status !== "superseded");
  const present = await versionPresenter(deps.db, loaded.value.row, current);
  return ok(presentOverview(engagementId, rows, present));
}
