import type { Insertable, Kysely, Updateable } from "kysely";
import type { Database, ProposalsTable } from "../../db/schema";
import type { ProposalStatus } from "../../../domain/proposal/proposal-states";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

type ProposalQuery = ReturnType<typeof selectProposalsWithBrief>;

/** A page of proposals, newest first: `limit` of them from before the cursor. */
function newestPage(q: ProposalQuery, page: { before?: Cursor; limit: number }) {
  const before = page.before;
  if (before) {
    q = q.where(pastCursor("p.created_at", "p.id", before, "desc"));
  }
  return q.orderBy("p.created_at", "desc").orderBy("p.id", "desc").limit(page.limit).execute();
}

/** A proposal with what its readers need of the brief and of both organisations. */
function selectProposalsWithBrief(db: Kysely<Database>) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("briefs as b", "b.id", "p.brief_id")
    .innerJoin("organisations as po", "po.id", "p.provider_org_id")
    .innerJoin("organisations as co", "co.id", "b.org_id")
    .selectAll("p")
    .select([
      "b.title as brief_title",
      "b.content as brief_content",
      "b.status as brief_status",
      "b.org_id as client_org_id",
      "co.name as client_name",
      "po.name as provider_name",
    ]);
}

export function findProposal(db: Kysely<Database>, id: string) {
  return selectProposalsWithBrief(db).where("p.id", "=", id).executeTakeFirst();
}

export type ProposalRow = NonNullable<Awaited<ReturnType<typeof findProposal>>>;

/**
 * The proposals to one brief that a reader may see: every sent one when the reader is the
 * brief's client, and all of their own organisations' proposals, drafts included.
 */
export function listProposalsOfBrief(
  db: Kysely<Database>,
  briefId: string,
  reader: { isClient: boolean; providerOrgIds: readonly string[] },
  page: { before?: Cursor; limit: number },
) {
  const q = selectProposalsWithBrief(db)
    .where("p.brief_id", "=", briefId)
    .where((eb) => {
      const visible = [];
      if (reader.isClient) visible.push(eb("p.submitted_at", "is not", null));
      if (reader.providerOrgIds.length > 0)
        visible.push(eb("p.provider_org_id", "in", reader.providerOrgIds));
      return visible.length > 0 ? eb.or(visible) : eb.lit(false);
    });
  return newestPage(q, page);
}

/** The proposals a provider organisation wrote, newest first, whatever became of the brief. */
export function listProposalsOfProvider(
  db: Kysely<Database>,
  providerOrgId: string,
  page: { before?: Cursor; limit: number },
) {
  return newestPage(
    selectProposalsWithBrief(db).where("p.provider_org_id", "=", providerOrgId),
    page,
  );
}

/** A provider organisation's proposals to one brief, oldest first, with their states. */
export function listProposalsOfProviderToBrief(
  db: Kysely<Database>,
  briefId: string,
  providerOrgId: string,
) {
  return db
    .selectFrom("proposals")
    .select(["id", "status", "revision", "created_at"])
    .where("brief_id", "=", briefId)
    .where("provider_org_id", "=", providerOrgId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function insertProposal(
  db: Kysely<Database>,
  row: Insertable<ProposalsTable>,
): Promise<void> {
  await db.insertInto("proposals").values(row).execute();
}

/**
 * Moves a proposal on only if it is still in one of the `from` states, so two people answering
 * at once cannot both succeed; false when someone else moved it first.
 */
export async function moveProposal(
  db: Kysely<Database>,
  id: string,
  from: readonly ProposalStatus[],
  changes: Updateable<ProposalsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("proposals")
    .set(changes)
    .where("id", "=", id)
    .where("status", "in", from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
