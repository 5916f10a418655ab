import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Unworded } from "../../platform/wording";
import type { GoalView } from "./goal.presenter";
import type { GoalList } from "../../../contracts/growth";
import { suggestGoalFromMeasure } from "../../../domain/growth/goal";
import { numberSeparators } from "../../../domain/typed-number";
import { DEFAULT_LOCALE } from "../../../i18n/locales";
import type { Database } from "../../db/schema";
import { abilitiesOf } from "../../kernel/access";
import { hasEngagementEnded } from "../../kernel/engagement-rows.repository";
import { findEngagementFor } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import {
  findBriefMeasures,
  listCorrections,
  listGoals,
  listMeasurements,
} from "./goals.repository";
import { presentGoal } from "./goal.presenter";
import { GROWTH_ACCESS } from "./growth.policy";

/** Every goal of an engagement as the reader sees it on `today`. */
export async function readGoals(
  db: Kysely<Database>,
  engagementId: string,
  today: string,
): Promise<GoalView[]> {
  const goals = await listGoals(db, engagementId);
  const measurements = await listMeasurements(
    db,
    goals.map((g) => g.id),
  );
  const corrections = await listCorrections(
    db,
    measurements.map((m) => m.id),
  );
  return goals.map((g) => presentGoal(g, measurements, corrections, today));
}

/** One goal as the reader sees it, after a write. */
export async function readGoal(
  db: Kysely<Database>,
  engagementId: string,
  goalId: string,
  today: string,
): Promise<Result<GoalView>> {
  const goal = (await readGoals(db, engagementId, today)).find((g) => g.id === goalId);
  return goal ? ok(goal) : fail("not_found");
}

/**
 * The engagement's goals with their trajectories, and the brief's success measures not yet
 * turned into goals (each read as a starting point: its first number as the target, in the
 * format of the language the brief's author writes in).
 */
export async function listEngagementGoals(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<Unworded<z.infer<typeof GoalList>, "sentence">>> {
  const found = await findEngagementFor(deps.db, actor, engagementId, GROWTH_ACCESS.view);
  if (!found.ok) return found;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const goals = await readGoals(deps.db, engagementId, today);
  const taken = new Set(goals.filter((g) => g.source.kind === "brief").map((g) => g.source.ref));
  const { measures, writtenIn } = await findBriefMeasures(deps.db, engagementId);
  const separators = numberSeparators(writtenIn ?? DEFAULT_LOCALE);
  const suggestions = measures.flatMap((measure, index) => {
    if (taken.has(String(index)) || measure.trim() === "") return [];
    const read = suggestGoalFromMeasure(measure, separators);
    return [
      {
        measureIndex: index,
        title: read?.title ?? measure.trim(),
        target: read?.target ?? null,
        unit: read?.unit ?? "",
      },
    ];
  });
  const { engagement } = found.value;
  const hasEnded = hasEngagementEnded(engagement, deps.clock.now());
  const abilities = abilitiesOf(actor, engagement, GROWTH_ACCESS, hasEnded);
  return ok({
    goals,
    suggestions,
    abilities: { setGoal: abilities.setGoal, measure: abilities.measure },
  });
}
