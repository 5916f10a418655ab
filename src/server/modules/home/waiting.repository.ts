import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { selectEngagementsWithOrgs } from "../../kernel/engagement-rows.repository";

/** The active engagements of the organisations, with both sides' names. */
export function listActiveEngagementsOfOrgs(db: Kysely<Database>, orgIds: string[]) {
  return selectEngagementsWithOrgs(db)
    .where("e.status", "=", "active")
    .where((eb) =>
      eb.or([eb("e.client_org_id", "in", orgIds), eb("e.provider_org_id", "in", orgIds)]),
    )
    .execute();
}

export function listSubmissionsInReview(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("submissions")
    .select([
      "id",
      "engagement_id",
      "deliverable_id",
      "round",
      "agreement_version",
      "submitted_at",
      "review_due_at",
      "is_deemed_acceptance_agreed",
    ])
    .where("engagement_id", "in", engagementIds)
    .where("status", "=", "in_review")
    .execute();
}

export function listOpenChangeRequests(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("change_requests")
    .select([
      "id",
      "engagement_id",
      "number",
      "status",
      "title",
      "price_minor",
      "created_at",
      "priced_at",
    ])
    .where("engagement_id", "in", engagementIds)
    .where("status", "in", ["proposed", "priced"])
    .execute();
}

export function listInvoiceDrafts(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("invoices")
    .select(["id", "engagement_id", "total_minor", "currency", "created_at"])
    .where("engagement_id", "in", engagementIds)
    .where("status", "=", "draft")
    .execute();
}

export function listPaymentsAwaitingAnswer(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("payments as p")
    .innerJoin("invoices as i", "i.id", "p.invoice_id")
    .select([
      "p.id",
      "p.engagement_id",
      "p.invoice_id",
      "p.amount_minor",
      "p.currency",
      "p.recorded_side",
      "p.recorded_at",
      "i.number as invoice_number",
    ])
    .where("p.engagement_id", "in", engagementIds)
    .where("p.status", "=", "recorded")
    .execute();
}

/** Refunds the provider recorded that the client has not confirmed or rejected yet. */
export function listRefundsAwaitingAnswer(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("refunds")
    .select(["id", "engagement_id", "amount_minor", "currency", "recorded_at"])
    .where("engagement_id", "in", engagementIds)
    .where("status", "=", "recorded")
    .execute();
}

/** Agreement versions: drafts (with who signed them) and the one in force, for titles and hours. */
export function listLiveAgreementVersions(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("agreement_versions")
    .select(["id", "engagement_id", "version", "status", "terms", "created_at", "updated_at"])
    .where("engagement_id", "in", engagementIds)
    .where("status", "in", ["draft", "in_force"])
    .execute();
}

export function listSignedSides(db: Kysely<Database>, versionIds: string[]) {
  return db
    .selectFrom("agreement_signatures")
    .select(["version_id", "side"])
    .where("version_id", "in", versionIds)
    .execute();
}

export function listMessageTimesOf(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("messages")
    .select(["engagement_id", "thread_kind", "thread_id", "author_side", "created_at"])
    .where("engagement_id", "in", engagementIds)
    .execute();
}

/**
 * The open check-ins of the engagements, one row per side that answered (none yet: one row
 * with a null side). Read by the unique (engagement_id, period) index and the answers' key.
 */
/** The stored health state of each engagement (what `isCheckInAsking` decides with). */
export function listHealthStates(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("engagement_health")
    .select(["engagement_id", "state"])
    .where("engagement_id", "in", engagementIds)
    .execute();
}

export function listOpenCheckIns(db: Kysely<Database>, engagementIds: string[]) {
  return db
    .selectFrom("check_ins as c")
    .leftJoin("check_in_answers as a", "a.check_in_id", "c.id")
    .select(["c.id", "c.engagement_id", "c.period", "c.opened_at", "c.closes_at", "a.side"])
    .where("c.engagement_id", "in", engagementIds)
    .where("c.status", "=", "open")
    .execute();
}
