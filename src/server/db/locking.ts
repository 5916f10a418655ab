import { sql, type Kysely, type Selectable } from "kysely";
import { compiledOnce } from "./compiled-once";
import type { DialectName } from "./connect";
import type { Database, EngagementsTable } from "./schema";

/**
 * Serialises writers on one engagement for the rest of the transaction. PostgreSQL needs a row
 * lock; SQLite already runs one writer at a time, and has no FOR UPDATE. The lock is FOR NO KEY
 * UPDATE: it excludes other writers like FOR UPDATE, but not the KEY SHARE lock that inserting a
 * row referencing the engagement takes. With FOR UPDATE, two writers that had each inserted such
 * a row (a message) before locking waited for each other: a deadlock, seen as a 500.
 */
export async function lockEngagement(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementId: string,
): Promise<void> {
  await lockRow(trx, dialect, "engagements", engagementId);
}

/** What an append needs of the engagement it writes to, read under the engagement's lock. */
export type LockedEngagementRow = Pick<
  Selectable<EngagementsTable>,
  "status" | "title" | "client_org_id" | "provider_org_id"
>;

/**
 * `lockEngagement` that also returns the engagement's status, title and parties in the same
 * statement (undefined when there is no such engagement), so a write and the notifications of
 * its event read the row once. On PostgreSQL the row comes back as it is once the lock is held
 * (a writer that held it first has committed), on SQLite as the one writer sees it.
 */
export async function lockEngagementRow(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementId: string,
): Promise<LockedEngagementRow | undefined> {
  const rows =
    dialect === "postgres"
      ? await engagementRowLocked(trx, engagementId)
      : await engagementRow(trx, engagementId);
  return rows[0];
}

const engagementRow = compiledOnce((db, engagementId: string) =>
  db
    .selectFrom("engagements")
    .select(["status", "title", "client_org_id", "provider_org_id"])
    .where("id", "=", engagementId),
);

const engagementRowLocked = compiledOnce((db, engagementId: string) =>
  db
    .selectFrom("engagements")
    .select(["status", "title", "client_org_id", "provider_org_id"])
    .where("id", "=", engagementId)
    .forNoKeyUpdate(),
);

/** `lockEngagement` for many engagements in one statement (a batch of `accord rescore`). */
export async function lockEngagements(
  trx: Kysely<Database>,
  dialect: DialectName,
  engagementIds: readonly string[],
): Promise<void> {
  if (dialect !== "postgres" || engagementIds.length === 0) return;
  await trx
    .selectFrom("engagements")
    .select("id")
    .where("id", "in", [...engagementIds])
    .forNoKeyUpdate()
    .execute();
}

/**
 * Serialises writers of what one organisation owns outside any engagement (its members, webhook
 * endpoints, API tokens, invitations, draft briefs, proposals, the engagements it proposes)
 * for the rest of the transaction, as `lockEngagement` does for an engagement, so a check that
 * it has no such thing yet holds until the write commits; SQLite's one writer already does.
 */
export async function lockOrganisation(
  trx: Kysely<Database>,
  dialect: DialectName,
  orgId: string,
): Promise<void> {
  await lockRow(trx, dialect, "organisations", orgId);
}

/**
 * Serialises what decides the fate of a brief's proposals for the rest of the transaction, as
 * `lockEngagement` does for an engagement: accepting a proposal closes the brief and marks its
 * other sent proposals not selected, so two acceptances at once would each hold its own
 * proposal and wait for the other's (a deadlock on PostgreSQL, seen as a 500), and a proposal
 * sent or withdrawn meanwhile would miss the award. FOR NO KEY UPDATE, so inserting a proposal
 * that references the brief still goes on.
 */
export async function lockBrief(
  trx: Kysely<Database>,
  dialect: DialectName,
  briefId: string,
): Promise<void> {
  await lockRow(trx, dialect, "briefs", briefId);
}

/**
 * The one row lock the three above take, each for what its row guards: FOR NO KEY UPDATE on
 * PostgreSQL; nothing on SQLite, whose one writer already serialises.
 */
async function lockRow(
  trx: Kysely<Database>,
  dialect: DialectName,
  table: "engagements" | "organisations" | "briefs",
  id: string,
): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`select id from ${sql.table(table)} where id = ${id} for no key update`.execute(trx);
}
