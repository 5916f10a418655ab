import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../domain/agreement/terms";
import type { Database } from "../db/schema";

/**
 * What the signed agreement says: delivery, changes, billing, health and disputes all decide
 * by it, so reading it is part of the kernel rather than of the agreements module.
 */
export interface AgreedTerms {
  version: number;
  terms: AgreementTerms;
}

/** The terms both sides signed and that bind them now; undefined before any is in force. */
export async function termsInForce(
  db: Kysely<Database>,
  engagementId: string,
): Promise<AgreedTerms | undefined> {
  const row = await db
    .selectFrom("agreement_versions")
    .select(["version", "terms"])
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "in_force")
    .executeTakeFirst();
  return row && { version: Number(row.version), terms: JSON.parse(row.terms) as AgreementTerms };
}

export async function termsOfVersion(
  db: Kysely<Database>,
  engagementId: string,
  version: number,
): Promise<AgreementTerms | undefined> {
  const row = await db
    .selectFrom("agreement_versions")
    .select("terms")
    .where("engagement_id", "=", engagementId)
    .where("version", "=", version)
    .executeTakeFirst();
  return row && (JSON.parse(row.terms) as AgreementTerms);
}
