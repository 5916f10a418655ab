import type { Insertable, Kysely, Updateable } from "kysely";
import { compiledPerShape } from "../../db/compiled-once";
import type { Database, WebhookDeliveriesTable, WebhookEndpointsTable } from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

export async function insertEndpoint(
  db: Kysely<Database>,
  row: Insertable<WebhookEndpointsTable>,
): Promise<void> {
  await db.insertInto("webhook_endpoints").values(row).execute();
}

export function listEndpoints(db: Kysely<Database>, orgId: string) {
  return db
    .selectFrom("webhook_endpoints")
    .selectAll()
    .where("org_id", "=", orgId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export type EndpointRow = Awaited<ReturnType<typeof listEndpoints>>[number];

/** An endpoint of the organisation; another organisation's id finds nothing. */
export function findEndpoint(db: Kysely<Database>, orgId: string, endpointId: string) {
  return db
    .selectFrom("webhook_endpoints")
    .selectAll()
    .where("id", "=", endpointId)
    .where("org_id", "=", orgId)
    .executeTakeFirst();
}

export async function updateEndpoint(
  db: Kysely<Database>,
  endpointId: string,
  changes: Updateable<WebhookEndpointsTable>,
): Promise<void> {
  await db.updateTable("webhook_endpoints").set(changes).where("id", "=", endpointId).execute();
}

/**
 * Removes an endpoint with its delivery log. The deliveries are locked first (by a no-op
 * update, on both dialects), so a deliverer finishing an attempt either committed before,
 * and its attempt row is removed below, or finds its delivery gone and records nothing.
 */
export async function deleteEndpoint(db: Kysely<Database>, endpointId: string): Promise<void> {
  await db
    .updateTable("webhook_deliveries")
    .set((eb) => ({ status: eb.ref("status") }))
    .where("endpoint_id", "=", endpointId)
    .execute();
  await db
    .deleteFrom("webhook_attempts")
    .where("delivery_id", "in", (eb) =>
      eb.selectFrom("webhook_deliveries").select("id").where("endpoint_id", "=", endpointId),
    )
    .execute();
  await db.deleteFrom("webhook_deliveries").where("endpoint_id", "=", endpointId).execute();
  await db.deleteFrom("webhook_endpoints").where("id", "=", endpointId).execute();
}

/** The organisations' active endpoints, for fanning an event out. */
export function listActiveEndpointsOfOrgs(db: Kysely<Database>, orgIds: readonly string[]) {
  return activeEndpointsOfOrgs(db, {}, { orgIds: [...orgIds] });
}

// Every event reads it: built and compiled once per number of organisations.
const activeEndpointsOfOrgs = compiledPerShape((db, _shape: object, values: { orgIds: string[] }) =>
  db
    .selectFrom("webhook_endpoints")
    .select(["id", "event_types"])
    .where("org_id", "in", values.orgIds)
    .where("is_active", "=", 1),
);

export async function insertDeliveries(
  db: Kysely<Database>,
  rows: readonly Insertable<WebhookDeliveriesTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto("webhook_deliveries").values(rows).execute();
}

export function listDeliveries(
  db: Kysely<Database>,
  query: {
    endpointId: string;
    status?: WebhookDeliveriesTable["status"];
    before?: Cursor;
    limit: number;
  },
) {
  let q = db
    .selectFrom("webhook_deliveries")
    .select([
      "id",
      "endpoint_id",
      "event_id",
      "event_type",
      "status",
      "attempts",
      "next_attempt_at",
      "last_status_code",
      "last_problem",
      "last_error",
      "replay_of",
      "created_at",
      "delivered_at",
    ])
    .where("endpoint_id", "=", query.endpointId);
  if (query.status) q = q.where("status", "=", query.status);
  const before = query.before;
  if (before) {
    q = q.where(pastCursor("created_at", "id", before, "desc"));
  }
  return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit).execute();
}

export type DeliverySummaryRow = Awaited<ReturnType<typeof listDeliveries>>[number];

export function findDelivery(db: Kysely<Database>, endpointId: string, deliveryId: string) {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("id", "=", deliveryId)
    .where("endpoint_id", "=", endpointId)
    .executeTakeFirst();
}

export function listAttempts(db: Kysely<Database>, deliveryId: string) {
  return db
    .selectFrom("webhook_attempts")
    .selectAll()
    .where("delivery_id", "=", deliveryId)
    .orderBy("attempt")
    .execute();
}
