import type { Kysely } from "kysely";
import { assessStagnation, type StagnationAssessment } from "../../../domain/growth/stagnation";
import { foldStagnationFacts } from "../../../domain/growth/stagnation-facts";
import type { Database } from "../../db/schema";
import { listCheckInMeans, listTimedEvents } from "./reviews.repository";

/** The stagnation rule applied to one engagement's ledger and check-in means on `now`. */
export async function assessEngagementStagnation(
  db: Kysely<Database>,
  engagementId: string,
  now: Date,
): Promise<StagnationAssessment> {
  const facts = foldStagnationFacts(await listTimedEvents(db, engagementId));
  return assessStagnation(facts, await listCheckInMeans(db, engagementId), now);
}
