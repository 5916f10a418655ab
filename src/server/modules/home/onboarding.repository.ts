import type { Kysely } from "kysely";
import type { OnboardingFacts } from "../../../domain/onboarding/onboarding";
import type { Database } from "../../db/schema";

async function exists(query: { executeTakeFirst(): Promise<unknown> }): Promise<boolean> {
  return (await query.executeTakeFirst()) !== undefined;
}

export function findOrgKind(db: Kysely<Database>, orgId: string) {
  return db.selectFrom("organisations").select("kind").where("id", "=", orgId).executeTakeFirst();
}

/** What happened in the organisation so far, as the onboarding checklist reads it. */
export async function readOnboardingFacts(
  db: Kysely<Database>,
  orgId: string,
): Promise<OnboardingFacts> {
  const ownBriefs = db.selectFrom("briefs").select("id").where("org_id", "=", orgId);
  const [
    hasPublishedBrief,
    hasShortlisted,
    hasAcceptedProposal,
    hasSigned,
    profile,
    hasAnsweredInvitation,
  ] = await Promise.all([
    exists(
      db
        .selectFrom("briefs")
        .select("id")
        .where("org_id", "=", orgId)
        .where("published_at", "is not", null)
        .limit(1),
    ),
    exists(
      db
        .selectFrom("brief_shortlist")
        .select("brief_id")
        .where("brief_id", "in", ownBriefs)
        .limit(1),
    ),
    exists(
      db
        .selectFrom("proposals")
        .select("id")
        .where("brief_id", "in", ownBriefs)
        .where("status", "=", "accepted")
        .limit(1),
    ),
    exists(
      db
        .selectFrom("agreement_signatures")
        .select("version_id")
        .where("org_id", "=", orgId)
        .limit(1),
    ),
    db
      .selectFrom("provider_profiles")
      .select(["headline", "rates", "floor_amount_minor"])
      .where("org_id", "=", orgId)
      .executeTakeFirst(),
    exists(
      db
        .selectFrom("proposals")
        .select("id")
        .where("provider_org_id", "=", orgId)
        .where("submitted_at", "is not", null)
        .limit(1),
    ),
  ]);
  const rates: unknown = profile ? JSON.parse(profile.rates) : [];
  return {
    hasPublishedBrief,
    hasShortlisted,
    hasAcceptedProposal,
    hasSigned,
    hasProfile: Boolean(profile?.headline.trim()),
    hasRatesAndFloor:
      Array.isArray(rates) && rates.length > 0 && profile?.floor_amount_minor != null,
    hasAnsweredInvitation,
  };
}
