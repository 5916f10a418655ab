import { sql, type Kysely } from "kysely";
import type { Database, ProposalsTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

function selectBriefsWithOrg(db: Kysely<Database>) {
  return db
    .selectFrom("briefs as b")
    .innerJoin("organisations as o", "o.id", "b.org_id")
    .selectAll("b")
    .select(["o.name as org_name", "o.kind as org_kind"]);
}

export function findBrief(db: Kysely<Database>, id: string) {
  return selectBriefsWithOrg(db).where("b.id", "=", id).executeTakeFirst();
}

export type BriefRow = NonNullable<Awaited<ReturnType<typeof findBrief>>>;

/** A client organisation's briefs, newest first: `limit` of them from before the cursor. */
export function listBriefsOfClient(
  db: Kysely<Database>,
  orgId: string,
  page: { status?: BriefRow["status"] | undefined; before?: Cursor; limit: number },
) {
  let q = selectBriefsWithOrg(db).where("b.org_id", "=", orgId);
  if (page.status) q = q.where("b.status", "=", page.status);
  const before = page.before;
  if (before) {
    q = q.where(pastCursor("b.created_at", "b.id", before, "desc"));
  }
  return q.orderBy("b.created_at", "desc").orderBy("b.id", "desc").limit(page.limit).execute();
}

/**
 * Published briefs open to providers, those the provider was invited to first, then newest
 * published first: `limit` of them from after the cursor in that order. Its key is one text,
 * the invitation flag (a brief not shortlisted reads as 0) before the publication time, which
 * is what the cursor carries.
 */
export function listPublishedBriefs(
  db: Kysely<Database>,
  providerOrgId: string,
  page: { after?: Cursor; limit: number },
) {
  const key = sql<string>`cast(coalesce(${sql.ref("s.is_invited")}, 0) as text) || coalesce(${sql.ref("b.published_at")}, '')`;
  let q = selectBriefsWithOrg(db)
    .leftJoin("brief_shortlist as s", (join) =>
      join.onRef("s.brief_id", "=", "b.id").on("s.provider_org_id", "=", providerOrgId),
    )
    .select("s.is_invited")
    .where("b.status", "=", "published");
  if (page.after) q = q.where(pastCursor(key, "b.id", page.after, "desc"));
  return q.orderBy(key, "desc").orderBy("b.id", "desc").limit(page.limit).execute();
}

/** The organisation's briefs still drafts: what a new draft's title is compared with. */
export function listDraftBriefs(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("briefs")
    .select(["id", "title", "created_at"])
    .where("org_id", "=", orgId)
    .where("status", "=", "draft")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function insertBrief(
  db: Kysely<Database>,
  row: Omit<BriefRow, "org_name" | "org_kind">,
) {
  await db.insertInto("briefs").values(row).execute();
}

export async function updateBriefContent(
  db: Kysely<Database>,
  id: string,
  changes: { title: string; content: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("briefs")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markPublished(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable("briefs")
    .set({ status: "published", published_at: at, updated_at: at })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findShortlistEntry(db: Kysely<Database>, briefId: string, providerOrgId: string) {
  return db
    .selectFrom("brief_shortlist")
    .selectAll()
    .where("brief_id", "=", briefId)
    .where("provider_org_id", "=", providerOrgId)
    .executeTakeFirst();
}

export function listShortlist(db: Kysely<Database>, briefId: string) {
  return db.selectFrom("brief_shortlist").selectAll().where("brief_id", "=", briefId).execute();
}

export async function saveShortlistEntry(
  db: Kysely<Database>,
  row: { brief_id: string; provider_org_id: string; is_invited: number; created_at: string },
): Promise<void> {
  await db
    .insertInto("brief_shortlist")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["brief_id", "provider_org_id"]).doUpdateSet((eb) => ({
        // Once invited, a provider stays invited.
        is_invited: eb
          .case()
          .when("brief_shortlist.is_invited", "=", 1)
          .then(1)
          .else(row.is_invited)
          .end(),
      })),
    )
    .execute();
}

/** The provider organisations that sent a brief a proposal (drafts, withdrawn or not, are not sent). */
export async function listAnsweringOrgIds(db: Kysely<Database>, briefId: string) {
  const rows = await db
    .selectFrom("proposals")
    .select("provider_org_id")
    .distinct()
    .where("brief_id", "=", briefId)
    .where("submitted_at", "is not", null)
    .execute();
  return rows.map((row) => row.provider_org_id);
}

/**
 * Each provider's latest sent proposal to a brief, among `providerOrgIds`: what the client has
 * seen of them there. A draft never sent is the provider's own and stays out.
 */
export async function listLatestSentProposals(
  db: Kysely<Database>,
  briefId: string,
  providerOrgIds: readonly string[],
) {
  if (providerOrgIds.length === 0) return new Map<string, SentProposalRow>();
  const rows = await db
    .selectFrom("proposals")
    .select(["id", "provider_org_id", "status"])
    .where("brief_id", "=", briefId)
    .where("provider_org_id", "in", providerOrgIds)
    .where("submitted_at", "is not", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  // Oldest first, so the newest of each provider is the one kept.
  return new Map(rows.map((row) => [row.provider_org_id, row]));
}

export interface SentProposalRow {
  id: string;
  provider_org_id: string;
  status: ProposalsTable["status"];
}
