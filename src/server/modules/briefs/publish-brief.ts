import { checkBriefClarity } from "../../../domain/brief/clarity-check";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { findingFields } from "../../platform/findings";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { decideBriefAction } from "./brief.policy";
import { briefContent, presentBrief, type BriefView } from "./brief.presenter";
import { findBrief, markPublished } from "./briefs.repository";
import { refuseBriefStep } from "./refuse-brief-step";

/**
 * Publishes a draft brief to providers. Refused while the clarity check has a blocking
 * finding; each blocking finding is named in the error's fields.
 */
export function publishBrief(deps: AppDeps, actor: Actor, id: string): Promise<Result<BriefView>> {
  return runInTransaction(deps.db, async (trx) => {
    const row = await findBrief(trx, id);
    if (!row) return fail("not_found");
    const decision = decideBriefAction(actor, row, "write");
    if (decision !== "allowed") return fail(decision);
    const now = deps.clock.now();
    // A brief published asks providers to start an engagement: not while the client's
    // organisation is suspended or expelled (a moderation decision); drafting goes on.
    const standing = await refuseIfSanctioned(trx, now, { own: row.org_id });
    if (!standing.ok) return standing;
    const today = now.toISOString().slice(0, 10);
    const blocking = checkBriefClarity(briefContent(row), today).filter(
      (f) => f.severity === "blocking",
    );
    if (blocking.length > 0) {
      return fail(
        "brief_not_publishable",
        { count: blocking.length },
        findingFields("clarity", blocking),
      );
    }
    if (!(await markPublished(trx, id, now.toISOString())))
      return refuseBriefStep(trx, id, "publish");
    const published = await findBrief(trx, id);
    if (!published) throw new Error("brief vanished inside its own transaction");
    return ok(presentBrief(published, today, true));
  });
}
