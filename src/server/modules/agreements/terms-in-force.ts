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
