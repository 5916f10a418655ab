import type { Insertable, Kysely } from "kysely";
import type { AgreementSignaturesTable, AgreementVersionsTable, Database } from "../../db/schema";

export function listVersions(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("agreement_versions")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .orderBy("version")
    .execute();
}

export type AgreementVersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function findVersion(db: Kysely<Database>, engagementId: string, version: number) {
  return db
    .selectFrom("agreement_versions")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("version", "=", version)
    .executeTakeFirst();
}

/** The version in the given state; at most one draft and one in force exist at a time. */
export function findVersionInState(
  db: Kysely<Database>,
  engagementId: string,
  status: "draft" | "in_force",
) {
  return db
    .selectFrom("agreement_versions")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .where("status", "=", status)
    .executeTakeFirst();
}

export async function latestVersionNumber(
  db: Kysely<Database>,
  engagementId: string,
): Promise<number> {
  const row = await db
    .selectFrom("agreement_versions")
    .select((eb) => eb.fn.max("version").as("latest"))
    .where("engagement_id", "=", engagementId)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}

export async function insertVersion(
  db: Kysely<Database>,
  row: Insertable<AgreementVersionsTable>,
): Promise<void> {
  await db.insertInto("agreement_versions").values(row).execute();
}

/** Rewrites a draft only if it is still a draft with the hash the editor started from. */
export async function replaceDraftTerms(
  db: Kysely<Database>,
  id: string,
  baseHash: string,
  changes: { terms: string; content_hash: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("agreement_versions")
    .set(changes)
    .where("id", "=", id)
    .where("status", "=", "draft")
    .where("content_hash", "=", baseHash)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Puts a fully signed draft in force; false if it was no longer a draft. */
export async function markInForce(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("agreement_versions")
    .set({ status: "in_force", in_force_at: at, updated_at: at })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Retires the version in force other than `keepId`; returns its number, if there was one. */
export async function supersedeInForce(
  db: Kysely<Database>,
  engagementId: string,
  keepId: string,
  at: string,
): Promise<number | null> {
  const previous = await db
    .updateTable("agreement_versions")
    .set({ status: "superseded", updated_at: at })
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "in_force")
    .where("id", "!=", keepId)
    .returning("version")
    .executeTakeFirst();
  return previous ? Number(previous.version) : null;
}

/** Signatures of the versions, with each signer's current name. */
export async function listSignatures(db: Kysely<Database>, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom("agreement_signatures as s")
    .innerJoin("users as u", "u.id", "s.user_id")
    .selectAll("s")
    .select("u.name as signer_name")
    .where("s.version_id", "in", versionIds)
    .orderBy("s.signed_at")
    .orderBy("s.side")
    .execute();
}

export type SignatureRow = Awaited<ReturnType<typeof listSignatures>>[number];

export async function insertSignature(
  db: Kysely<Database>,
  row: Insertable<AgreementSignaturesTable>,
): Promise<void> {
  await db.insertInto("agreement_signatures").values(row).execute();
}

/** Removes a draft's signatures, returning whose they were. */
export async function deleteSignatures(db: Kysely<Database>, versionId: string) {
  return db
    .deleteFrom("agreement_signatures")
    .where("version_id", "=", versionId)
    .returning(["side", "user_id", "content_hash"])
    .execute();
}
