import type { z } from "zod";
import type { BriefBody, UpdateBriefBody } from "../../../contracts/briefs";
import type { Brief, BriefItem } from "../../../domain/brief/brief";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { decideOrgAction } from "../../kernel/org-access";
import { findOrganisation } from "../orgs/orgs.repository";
import { countKnownSkills } from "../taxonomy/taxonomy.repository";
import { decideBriefAction } from "./brief.policy";
import { presentBrief, type BriefView } from "./brief.presenter";
import { findBrief, insertBrief, updateBriefContent } from "./briefs.repository";

type Input = z.infer<typeof UpdateBriefBody>;

/** Gives each must-have and nice-to-have a stable id, so proposals can say which they cover. */
function toBrief(input: Input, newId: () => string): Brief {
  const items = (list: Input["mustHaves"]): BriefItem[] =>
    list.map((item) => ({ id: item.id ?? newId(), text: item.text }));
  return { ...input, mustHaves: items(input.mustHaves), niceToHaves: items(input.niceToHaves) };
}

const unknownSkill = () =>
  fail("unknown_skill", undefined, [{ path: "skillIds", key: "error.unknown_skill" }]);

/** A client owner or member starts a brief as a draft; the clarity check comes with it. */
export function createBrief(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof BriefBody>,
): Promise<Result<BriefView>> {
  const decision = decideOrgAction(actor, input.orgId, "work");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    if (org.kind !== "client") return fail("organisation_kind_wrong", { kind: "client" });
    const { orgId: _orgId, ...fields } = input;
    const brief = toBrief(fields, () => deps.ids.newId());
    if ((await countKnownSkills(trx, brief.skillIds)) !== new Set(brief.skillIds).size)
      return unknownSkill();
    const now = deps.clock.now().toISOString();
    const id = deps.ids.newId();
    await insertBrief(trx, {
      id,
      org_id: org.id,
      title: brief.title,
      content: JSON.stringify(brief),
      status: "draft",
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      published_at: null,
      awarded_at: null,
    });
    const row = await findBrief(trx, id);
    if (!row) throw new Error("brief vanished inside its own transaction");
    return ok(presentBrief(row, now.slice(0, 10), true));
  });
}

/** Rewrites a draft brief; a published brief is what providers answered and stays as it is. */
export function updateBrief(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: Input,
): Promise<Result<BriefView>> {
  return runInTransaction(deps.db, async (trx) => {
    const row = await findBrief(trx, id);
    if (!row) return fail("not_found");
    const decision = decideBriefAction(actor, row, "write");
    if (decision !== "allowed") return fail(decision);
    const brief = toBrief(input, () => deps.ids.newId());
    if ((await countKnownSkills(trx, brief.skillIds)) !== new Set(brief.skillIds).size)
      return unknownSkill();
    const now = deps.clock.now().toISOString();
    const changes = { title: brief.title, content: JSON.stringify(brief), updated_at: now };
    if (!(await updateBriefContent(trx, id, changes))) return fail("brief_not_editable");
    const updated = await findBrief(trx, id);
    if (!updated) throw new Error("brief vanished inside its own transaction");
    return ok(presentBrief(updated, now.slice(0, 10), true));
  });
}
