import type { ProviderProfile } from "../../../domain/matching/provider-profile";
import { EMPTY_TRACK_RECORD, type ProfileRow } from "./profiles.repository";

/** A profile row and its skills as the domain's matching sees them. */
export function toDomainProfile(
  row: Omit<ProfileRow, "headline" | "description" | "updated_at"> & { name: string },
  skillIds: string[],
  trackRecord = EMPTY_TRACK_RECORD,
): ProviderProfile {
  return {
    orgId: row.org_id,
    name: row.name,
    skillIds,
    languages: JSON.parse(row.languages) as string[],
    timeZones: JSON.parse(row.time_zones) as string[],
    rates: JSON.parse(row.rates) as ProviderProfile["rates"],
    floorRate:
      row.floor_currency && row.floor_amount_minor !== null && row.floor_unit
        ? {
            currency: row.floor_currency,
            amountMinor: Number(row.floor_amount_minor),
            unit: row.floor_unit,
          }
        : null,
    availableFrom: row.available_from,
    trackRecord,
  };
}
