import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../domain/agreement/terms";
import { retainerInForceSince } from "../../domain/billing/retainer-period";
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

/**
 * Every version that came into force, superseded ones too, oldest first, with the day (UTC) it
 * did: what bound the sides on a past day (a rate an invoice was issued under, say).
 */
export async function termsEverInForce(
  db: Kysely<Database>,
  engagementId: string,
): Promise<(AgreedTerms & { inForceOn: string })[]> {
  const rows = await db
    .selectFrom("agreement_versions")
    .select(["version", "terms", "in_force_at"])
    .where("engagement_id", "=", engagementId)
    .where("in_force_at", "is not", null)
    .orderBy("in_force_at")
    .orderBy("version")
    .execute();
  return rows.map((row) => ({
    version: Number(row.version),
    terms: JSON.parse(row.terms) as AgreementTerms,
    inForceOn: (row.in_force_at ?? "").slice(0, 10),
  }));
}

/**
 * The day (UTC) the engagement's first agreement came into force: where what it owes begins (a
 * retainer's first period is the one holding it). Null before any is in force.
 */
export async function firstInForceDay(
  db: Kysely<Database>,
  engagementId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("agreement_versions")
    .select("in_force_at")
    .where("engagement_id", "=", engagementId)
    .where("in_force_at", "is not", null)
    .orderBy("in_force_at")
    .executeTakeFirst();
  return row?.in_force_at?.slice(0, 10) ?? null;
}

/**
 * The day the retainer in force began to be owed (`retainerInForceSince`): its first period is
 * the one holding it, in billing and in the final settlement. Null when no retainer is in force.
 */
export async function retainerInForceSinceDay(
  db: Kysely<Database>,
  engagementId: string,
): Promise<string | null> {
  const versions = await termsEverInForce(db, engagementId);
  return retainerInForceSince(
    versions.map(({ terms, inForceOn }) => ({ model: terms.remuneration.model, inForceOn })),
  );
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
