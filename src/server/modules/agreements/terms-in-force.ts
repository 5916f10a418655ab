import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import type { Database } from "../../db/schema";
import { findVersion, findVersionInState } from "./agreements.repository";
import { parseTerms } from "./canonical-terms";

export interface AgreedTerms {
  version: number;
  terms: AgreementTerms;
}

/** The terms both sides signed and that bind them now; undefined before any is in force. */
export async function termsInForce(
  db: Kysely<Database>,
  engagementId: string,
): Promise<AgreedTerms | undefined> {
  const row = await findVersionInState(db, engagementId, "in_force");
  return row && { version: Number(row.version), terms: parseTerms(row.terms) };
}

export async function termsOfVersion(
  db: Kysely<Database>,
  engagementId: string,
  version: number,
): Promise<AgreementTerms | undefined> {
  const row = await findVersion(db, engagementId, version);
  return row && parseTerms(row.terms);
}

/** The first version that came into force: the scope and price both sides started from. */
export async function firstAgreedTerms(
  db: Kysely<Database>,
  engagementId: string,
): Promise<AgreementTerms | undefined> {
  const row = await db
    .selectFrom("agreement_versions")
    .select("terms")
    .where("engagement_id", "=", engagementId)
    .where("in_force_at", "is not", null)
    .orderBy("version")
    .limit(1)
    .executeTakeFirst();
  return row && parseTerms(row.terms);
}
