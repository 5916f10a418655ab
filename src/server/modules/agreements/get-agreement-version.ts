import type { AgreementVersion } from "../../../contracts/agreements";
import type { Locale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import { versionPresenter } from "./agreement-reader";
import { findVersion } from "./agreements.repository";

/** One version of the agreement, with its signatures, fair-terms findings and signability. */
export async function getAgreementVersion(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  version: number,
  locale: Locale,
): Promise<Result<AgreementVersion>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const row = await findVersion(deps.db, engagementId, version);
  if (!row) return fail("not_found");
  const present = await versionPresenter(deps.db, loaded.value.row, [row], locale);
  return ok(present(row));
}
