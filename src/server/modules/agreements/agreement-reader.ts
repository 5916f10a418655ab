import type { Kysely } from "kysely";
import type { AgreementVersion } from "../../../contracts/agreements";
import type { FloorRate } from "../../../domain/agreement/fair-terms-check";
import type { Locale } from "../../../i18n/locales";
import type { Database } from "../../db/schema";
import type { EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import { findProfile } from "../profiles/profiles.repository";
import { toDomainProfile } from "../profiles/provider-profile";
import { presentVersion } from "./agreement.presenter";
import { listSignatures, type AgreementVersionRow } from "./agreements.repository";

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
 * Reads what presenting versions needs (their signatures, the provider's floor) and returns a
 * presenter for them, so a page of versions costs two queries.
 */
export async function versionPresenter(
  db: Kysely<Database>,
  engagement: Pick<EngagementWithOrgs, "provider_org_id" | "provider_name">,
  rows: readonly AgreementVersionRow[],
  locale: Locale,
): Promise<(row: AgreementVersionRow) => AgreementVersion> {
  const [signatures, floor] = await Promise.all([
    listSignatures(
      db,
      rows.map((r) => r.id),
    ),
    providerFloorRate(db, engagement),
  ]);
  return (row) => presentVersion(row, signatures, floor, locale);
}
