import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { termsInForce } from "../../kernel/terms-in-force";
import { listGoals } from "./goals.repository";
import type { SubjectTitles } from "./recognition.presenter";

/**
 * What recognition may name on an engagement, keyed `kind:id`: the deliverables of the
 * agreement in force and the goals, with their titles.
 */
export async function subjectTitlesOf(
  db: Kysely<Database>,
  engagementId: string,
): Promise<SubjectTitles> {
  const titles: SubjectTitles = new Map();
  const agreed = await termsInForce(db, engagementId);
  for (const d of agreed?.terms.deliverables ?? []) titles.set(`deliverable:${d.id}`, d.title);
  for (const g of await listGoals(db, engagementId)) titles.set(`goal:${g.id}`, g.title);
  return titles;
}
