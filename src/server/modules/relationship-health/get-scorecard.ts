import type { z } from "zod";
import type { Scorecard } from "../../../contracts/health";
import type { OrganisationScore } from "../../../domain/health/engagement-score";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { dailyScores, publicScoreHistory } from "../../../domain/health/score-history";
import { listHistory, listOrganisationHealth } from "./health.repository";
import { presentScorecardSide } from "./health.presenter";

/**
 * An organisation's scorecard: its own people see all of it; an organisation that shares an
 * engagement with it (a counterparty) sees it too, but a side still "new" shows no score, and
 * its history starts where its score became public; to anyone else it does not exist
 * (`not_found`).
 */
export async function getScorecard(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof Scorecard>>> {
  const org = await deps.db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("id", "=", orgId)
    .executeTakeFirst();
  if (!org) return fail("not_found");
  const isOwn = actor.memberships.has(orgId);
  if (!isOwn && !(await isCounterparty(deps, actor, orgId))) return fail("not_found");
  const rows = await listOrganisationHealth(deps.db, orgId);
  const sides = rows.map((row) =>
    presentScorecardSide(JSON.parse(row.explanation) as OrganisationScore, isOwn),
  );
  const visible = new Set(sides.filter((s) => s.score !== null || isOwn).map((s) => s.side));
  const changes = (await listHistory(deps.db, "organisation", orgId))
    .filter((r) => visible.has(r.side === "client" ? "client" : "provider"))
    .map((r) => ({
      day: r.day,
      side: r.side === "client" ? ("client" as const) : ("provider" as const),
      score: r.score === null ? null : Number(r.score),
      wasNew: r.is_new === null ? null : Number(r.is_new) === 1,
    }));
  const throughDay = (side: string) =>
    rows.find((row) => row.side === side)?.computed_at.slice(0, 10) ?? "";
  // A counterparty sees no point from before the side's score was public (HEALTH.md: "new").
  const history = isOwn
    ? dailyScores(changes, throughDay)
    : publicScoreHistory(changes, throughDay);
  return ok({ orgId, name: org.name, isOwn, sides, history });
}

async function isCounterparty(deps: AppDeps, actor: Actor, orgId: string): Promise<boolean> {
  const mine = [...actor.memberships.keys()];
  if (mine.length === 0) return false;
  const shared = await deps.db
    .selectFrom("engagements")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("client_org_id", "=", orgId), eb("provider_org_id", "in", mine)]),
        eb.and([eb("provider_org_id", "=", orgId), eb("client_org_id", "in", mine)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return shared !== undefined;
}
