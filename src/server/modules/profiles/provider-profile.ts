import { todayOf } from "../../platform/clock";
import type { z } from "zod";
import type { ProfileBody, ProviderProfileResponse } from "../../../contracts/profiles";
import type { ProviderProfile } from "../../../domain/matching/provider-profile";
import type { Actor } from "../../platform/actor";
import { sanctionEffectsOf } from "../../kernel/sanctions-in-force";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { findOrganisation } from "../orgs/orgs.repository";
import { isModerator } from "../../kernel/access";
import { decideOrgAction } from "../../kernel/org-access";
import { refuseDaysBeyondHorizon } from "../../kernel/planned-days";
import { countKnownSkills } from "../taxonomy/taxonomy.repository";
import {
  EMPTY_TRACK_RECORD,
  findProfile,
  listSkillIdsOf,
  saveProfile,
  trackRecordsOf,
  type ProfileRow,
} from "./profiles.repository";
import { markProviderProfileChanged } from "./provider-market";

type ProfileResponse = z.infer<typeof ProviderProfileResponse>;

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

/**
 * A provider organisation's profile, visible to every signed-in person: capabilities,
 * languages, rates and the track record Accord computes. The floor rate is the provider's
 * walk-away price: only its own people read it (`viewer` a member of the organisation); for
 * anyone else the field is left out, so a client cannot bargain down to it.
 */
export async function getProviderProfile(
  deps: AppDeps,
  orgId: string,
  viewer: Pick<Actor, "memberships" | "platformRole" | "via"> | null,
): Promise<Result<ProfileResponse>> {
  const isOwnProfile = viewer?.memberships.has(orgId) ?? false;
  const floorOf = (floorRate: ProfileResponse["floorRate"]) =>
    isOwnProfile ? { floorRate: floorRate ?? null } : {};
  const org = await findOrganisation(deps.db, orgId);
  if (!org || org.kind !== "provider") return fail("not_found");
  // An expelled provider leaves the directory: only its own members and moderators still see it.
  if (!isOwnProfile && !(viewer && isModerator(viewer))) {
    const effects = await sanctionEffectsOf(deps.db, orgId, deps.clock.now());
    if (!effects.isListed) return fail("not_found");
  }
  const [row, skillIds] = await Promise.all([
    findProfile(deps.db, orgId),
    listSkillIdsOf(deps.db, orgId),
  ]);
  const today = todayOf(deps.clock);
  const trackRecord =
    (await trackRecordsOf(deps.db, [orgId], today)).get(orgId) ?? EMPTY_TRACK_RECORD;
  const orgRef = { id: org.id, name: org.name, kind: org.kind };
  if (!row) {
    return ok({
      org: orgRef,
      headline: "",
      description: "",
      skillIds,
      languages: [],
      timeZones: [],
      rates: [],
      ...floorOf(null),
      availableFrom: null,
      trackRecord,
      updatedAt: null,
    });
  }
  const profile = toDomainProfile({ ...row, name: org.name }, skillIds, trackRecord);
  return ok({
    org: orgRef,
    headline: row.headline,
    description: row.description,
    skillIds,
    languages: profile.languages,
    timeZones: profile.timeZones,
    rates: profile.rates,
    ...floorOf(profile.floorRate),
    availableFrom: profile.availableFrom,
    trackRecord,
    updatedAt: row.updated_at,
  });
}

/** An owner or member of a provider organisation describes what it offers. */
export async function saveProviderProfile(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  input: z.infer<typeof ProfileBody>,
): Promise<Result<ProfileResponse>> {
  const decision = decideOrgAction(actor, orgId, "work");
  if (decision !== "allowed") return fail(decision);
  const farDay = refuseDaysBeyondHorizon(
    [{ path: "availableFrom", day: input.availableFrom }],
    todayOf(deps.clock),
  );
  if (farDay) return farDay;
  const saved = await runInTransaction(deps.db, async (trx) => {
    const org = await findOrganisation(trx, orgId);
    if (!org) return fail("not_found");
    if (org.kind !== "provider") return fail("organisation_kind_wrong", { kind: "provider" });
    const unique = [...new Set(input.skillIds)];
    if ((await countKnownSkills(trx, unique)) !== unique.length) {
      return failAtField("unknown_skill", "skillIds");
    }
    await saveProfile(
      trx,
      {
        org_id: orgId,
        headline: input.headline,
        description: input.description,
        languages: JSON.stringify(input.languages),
        time_zones: JSON.stringify(input.timeZones),
        rates: JSON.stringify(input.rates),
        floor_currency: input.floorRate?.currency ?? null,
        floor_amount_minor: input.floorRate?.amountMinor ?? null,
        floor_unit: input.floorRate?.unit ?? null,
        available_from: input.availableFrom,
        updated_at: deps.clock.now().toISOString(),
      },
      unique,
    );
    return ok(null);
  });
  if (!saved.ok) return saved;
  markProviderProfileChanged(deps.db, orgId);
  return getProviderProfile(deps, orgId, actor);
}
