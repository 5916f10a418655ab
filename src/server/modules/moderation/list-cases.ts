import type { z } from "zod";
import type { ModerationCase, ModerationCaseList } from "../../../contracts/moderation";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { forbidden, ok, type Result } from "../../platform/result";
import { accessCase } from "./case-access";
import { isModerator } from "../../kernel/access";
import { caseViewerRole } from "./moderation.policy";
import { presentCase } from "./moderation.presenter";
import { listCases, listCasesOfOrgs } from "./moderation.repository";

/** The moderators' queue: open and appealed cases, oldest first. */
export async function listModerationQueue(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof ModerationCaseList>>> {
  if (!isModerator(actor)) return forbidden("moderator_only");
  const rows = await listCases(deps.db, ["open", "appealed"]);
  return ok({ cases: rows.map((row) => presentCase(row, "moderator")) });
}

/** The cases that concern the caller's organisations, as accused or complainant. */
export async function listMyCases(
  deps: AppDeps,
  actor: Actor,
): Promise<Result<z.infer<typeof ModerationCaseList>>> {
  const rows = await listCasesOfOrgs(deps.db, [...actor.memberships.keys()]);
  return ok({
    cases: rows.flatMap((row) => {
      const role = caseViewerRole(actor, row);
      return role && role !== "moderator" ? [presentCase(row, role)] : [];
    }),
  });
}

export async function getCase(
  deps: AppDeps,
  actor: Actor,
  caseId: string,
): Promise<Result<z.infer<typeof ModerationCase>>> {
  const access = await accessCase(deps.db, actor, caseId);
  if (!access.ok) return access;
  return ok(presentCase(access.value.row, access.value.viewerRole));
}
