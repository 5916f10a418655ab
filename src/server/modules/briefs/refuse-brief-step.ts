import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { fail, refuseAsItIsNow, type Result } from "../../platform/result";
import { findBrief } from "./briefs.repository";

/**
 * `409 brief_not_editable` when a conditional write found the brief no longer a draft: names
 * what became of it (published, or closed by an award) and the step refused, read as it is now.
 */
export function refuseBriefStep<T>(
  trx: Kysely<Database>,
  id: string,
  step: "edit" | "publish",
): Promise<Result<T>> {
  return refuseAsItIsNow(findBrief(trx, id), (brief) =>
    fail("brief_not_editable", { status: brief.status, action: step }),
  );
}
