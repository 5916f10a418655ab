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

/**
 * The terms of `version` and, read in the same statement, those in force: an evaluation judges
 * by its submission's version and, when it accepts, completes milestones by the terms in force,
 * which are most often the same version (then parsed once, and the same object).
 * `inForce()` parses the in-force terms only when asked.
 */
export async function termsOfVersionAndInForce(
  db: Kysely<Database>,
  engagementId: string,
  version: number,
): Promise<{ terms: AgreementTerms | undefined; inForce: () => AgreedTerms | undefined }> {
  const rows = await db
    .selectFrom("agreement_versions")
    .select(["version", "status", "terms"])
    .where("engagement_id", "=", engagementId)
    .where((eb) => eb.or([eb("version", "=", version), eb("status", "=", "in_force")]))
    .execute();
  const ofVersion = rows.find((row) => Number(row.version) === version);
  const terms = ofVersion && (JSON.parse(ofVersion.terms) as AgreementTerms);
  const inForceRow = rows.find((row) => row.status === "in_force");
  return {
    terms,
    inForce: () => {
      if (!inForceRow) return undefined;
      const inForceVersion = Number(inForceRow.version);
      return {
        version: inForceVersion,
        terms:
          inForceVersion === version && terms
            ? terms
            : (JSON.parse(inForceRow.terms) as AgreementTerms),
      };
    },
  };
}
