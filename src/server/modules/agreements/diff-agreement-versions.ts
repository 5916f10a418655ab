import type { z } from "zod";
import type { AgreementDiff } from "../../../contracts/agreements";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { loadVisibleEngagement } from "../../kernel/lock-participant";
import { findVersion } from "./agreements.repository";
import { parseTerms } from "./canonical-terms";
import { diffTerms } from "../../../domain/agreement/terms-diff";

/** What changed, field by field, from one version of the agreement to another. */
export async function diffAgreementVersions(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query: { from: number; to: number },
): Promise<Result<z.infer<typeof AgreementDiff>>> {
  const loaded = await loadVisibleEngagement(deps, actor, engagementId);
  if (!loaded.ok) return loaded;
  const [from, to] = await Promise.all([
    findVersion(deps.db, engagementId, query.from),
    findVersion(deps.db, engagementId, query.to),
  ]);
  if (!from || !to) return fail("not_found");
  return ok({
    from: query.from,
    to: query.to,
    changes: diffTerms(parseTerms(from.terms), parseTerms(to.terms)),
  });
}
