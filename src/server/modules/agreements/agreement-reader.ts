import type { Kysely } from "kysely";
import type { FloorRate } from "../../../domain/agreement/fair-terms-check";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import type { Database } from "../../db/schema";
import type { EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import { findProfile } from "../profiles/profiles.repository";
import { toDomainProfile } from "../profiles/provider-profile";
import { presentVersion, type AgreementVersionView } from "./agreement.presenter";
import {
  findVersionInState,
  listSignatures,
  type AgreementVersionRow,
} from "./agreements.repository";
import { parseTerms } from "./canonical-terms";

/** The provider's floor rate as its profile declares it today; null without one. */
export async function providerFloorRate(
  db: Kysely<Database>,
  engagement: Pick<EngagementWithOrgs, "provider_org_id" | "provider_name">,
): Promise<FloorRate | null> {
  if (!engagement.provider_org_id) return null;
  const profile = await findProfile(db, engagement.provider_org_id);
  if (!profile) return null;
  return toDomainProfile({ ...profile, name: engagement.provider_name ?? "" }, []).floorRate;
}

/**
 * The terms a draft amends: the version in force, read only when a draft is among `rows`, so
 * the draft's check can compare with it (a pay cut shows on the draft, before anyone signs).
 */
export async function amendedTerms(
  db: Kysely<Database>,
  rows: readonly AgreementVersionRow[],
): Promise<AgreementTerms | null> {
  const draft = rows.find((r) => r.status === "draft");
  if (!draft) return null;
  const inForce = await findVersionInState(db, draft.engagement_id, "in_force");
  return inForce ? parseTerms(inForce.terms) : null;
}

/**
 * Reads what presenting versions needs (their signatures, the provider's floor, the version a
 * draft amends) and returns a presenter for them, so a page of versions costs three queries.
 */
export async function versionPresenter(
  db: Kysely<Database>,
  engagement: Pick<EngagementWithOrgs, "provider_org_id" | "provider_name">,
  rows: readonly AgreementVersionRow[],
): Promise<(row: AgreementVersionRow) => AgreementVersionView> {
  const [signatures, floor, amended] = await Promise.all([
    listSignatures(
      db,
      rows.map((r) => r.id),
    ),
    providerFloorRate(db, engagement),
    amendedTerms(db, rows),
  ]);
  return (row) => presentVersion(row, signatures, floor, row.status === "draft" ? amended : null);
}
