import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../../db/schema";
import type { BriefBody, UpdateBriefBody } from "../../../contracts/briefs";
import { draftTitled, type Brief, type BriefItem } from "../../../domain/brief/brief";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { decideOrgAction } from "../../kernel/org-access";
import { refuseDaysBeyondHorizon } from "../../kernel/planned-days";
import { findOrganisation } from "../orgs/orgs.repository";
import { countKnownSkills } from "../taxonomy/taxonomy.repository";
import { decideBriefAction } from "./brief.policy";
import { presentBrief, type BriefView } from "./brief.presenter";
import { day } from "../../../domain/findings";
import { lockOrganisation } from "../../db/locking";
import { findBrief, insertBrief, listDraftBriefs, updateBriefContent } from "./briefs.repository";
import { refuseBriefStep } from "./refuse-brief-step";

type Input = z.infer<typeof UpdateBriefBody>;

/** Gives each must-have and nice-to-have a stable id, so proposals can say which they cover. */
function toBrief(input: Input, newId: () => string): Brief {
  const items = (list: Input["mustHaves"]): BriefItem[] =>
    list.map((item) => ({ id: item.id ?? newId(), text: item.text }));
  return { ...input, mustHaves: items(input.mustHaves), niceToHaves: items(input.niceToHaves) };
}

/** A brief's start and deadline plan the future: at most ten years ahead, as agreed terms. */
const refuseBriefDaysBeyondHorizon = (input: Input, today: string) =>
  refuseDaysBeyondHorizon(
    [
      { path: "earliestStart", day: input.earliestStart },
      { path: "deadline", day: input.deadline },
    ],
    today,
  );

const unknownSkill = () => failAtField("unknown_skill", "skillIds");

/** The organisation's other open draft of `title` as a 409 naming it, else null. */
async function titleTaken(
  trx: Kysely<Database>,
  orgId: string,
  title: string,
  exceptId: string | null = null,
): Promise<Result<never> | null> {
  const taken = draftTitled(await listDraftBriefs(trx, orgId), title, exceptId);
  if (!taken) return null;
  const values = { title: taken.title, startedOn: day(taken.created_at.slice(0, 10)) };
  return failAtField("brief_title_taken", "title", values);
}

/**
 * A client owner or member starts a brief as a draft; the clarity check comes with it. A title
 * the organisation already has an open draft of is refused (`draftTitled`), under the
 * organisation's lock so two requests at once start one.
 */
export function createBrief(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof BriefBody>,
): Promise<Result<BriefView>> {
  const decision = decideOrgAction(actor, input.orgId, "work");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  const farDay = refuseBriefDaysBeyondHorizon(input, todayOf(deps.clock));
  if (farDay) return Promise.resolve(farDay);
  return runInTransaction(deps.db, async (trx) => {
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    if (org.kind !== "client") return fail("organisation_kind_wrong", { kind: "client" });
    await lockOrganisation(trx, deps.dialect, org.id);
    const taken = await titleTaken(trx, org.id, input.title);
    if (taken) return taken;
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

/**
 * Rewrites a draft brief; a published brief is what providers answered and stays as it is. It
 * may not take the title of another of the organisation's open drafts.
 */
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
    const farDay = refuseBriefDaysBeyondHorizon(input, todayOf(deps.clock));
    if (farDay) return farDay;
    await lockOrganisation(trx, deps.dialect, row.org_id);
    // A published brief is refused as such below, whatever its title.
    const taken =
      row.status === "draft" && (await titleTaken(trx, row.org_id, input.title, row.id));
    if (taken) return taken;
    const brief = toBrief(input, () => deps.ids.newId());
    if ((await countKnownSkills(trx, brief.skillIds)) !== new Set(brief.skillIds).size)
      return unknownSkill();
    const now = deps.clock.now().toISOString();
    const changes = { title: brief.title, content: JSON.stringify(brief), updated_at: now };
    if (!(await updateBriefContent(trx, id, changes))) return refuseBriefStep(trx, id, "edit");
    const updated = await findBrief(trx, id);
    if (!updated) throw new Error("brief vanished inside its own transaction");
    return ok(presentBrief(updated, now.slice(0, 10), true));
  });
}
