import type { Kysely } from "kysely";
import type { Database, WebhookDeliveriesTable } from "../../db/schema";
import type { WebhookProblem } from "../../../domain/webhooks/webhook-problem";

/**
 * Deliveries to send now, oldest due first: pending ones whose time has come, and ones left
 * `sending` by a process that died (lease passed). Endpoints switched off keep theirs waiting.
 */
export function findDueDeliveries(db: Kysely<Database>, now: string, limit: number) {
  return db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhook_endpoints as e", "e.id", "d.endpoint_id")
    .select([
      "d.id",
      "d.event_type",
      "d.payload",
      "d.attempts",
      "d.next_attempt_at",
      "e.url",
      "e.secret",
    ])
    .where("e.is_active", "=", 1)
    .where((eb) =>
      eb.or([
        eb.and([eb("d.status", "=", "pending"), eb("d.next_attempt_at", "<=", now)]),
        eb.and([eb("d.status", "=", "sending"), eb("d.lease_until", "<=", now)]),
      ]),
    )
    .orderBy("d.next_attempt_at")
    .orderBy("d.id")
    .limit(limit)
    .execute();
}

export type DueDelivery = Awaited<ReturnType<typeof findDueDeliveries>>[number];

/**
 * Takes a due delivery for this process until `leaseUntil`. The update is conditional on the
 * delivery still being due with the attempts seen when it was found, so when several processes
 * race for it exactly one wins.
 */
export async function claimDelivery(
  db: Kysely<Database>,
  delivery: { id: string; attempts: number },
  now: string,
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable("webhook_deliveries")
    .set({ status: "sending", lease_until: leaseUntil })
    .where("id", "=", delivery.id)
    .where("attempts", "=", delivery.attempts)
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "pending"), eb("next_attempt_at", "<=", now)]),
        eb.and([eb("status", "=", "sending"), eb("lease_until", "<=", now)]),
      ]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export interface AttemptOutcome {
  attempt: number;
  attemptedAt: string;
  statusCode: number | null;
  problem: WebhookProblem | null;
  error: string | null;
  durationMs: number;
  status: WebhookDeliveriesTable["status"];
  nextAttemptAt: string;
  deliveredAt: string | null;
}

/**
 * Records an attempt made under the lease `leaseUntil`. Nothing is written when the lease is no
 * longer this process's (the endpoint was deleted, or the lease ran out and another process
 * took the delivery over): the holder of the lease records its own attempt.
 */
export async function recordAttempt(
  db: Kysely<Database>,
  deliveryId: string,
  leaseUntil: string,
  outcome: AttemptOutcome,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("webhook_deliveries")
      .set({
        status: outcome.status,
        attempts: outcome.attempt,
        next_attempt_at: outcome.nextAttemptAt,
        lease_until: null,
        last_status_code: outcome.statusCode,
        last_problem: outcome.problem,
        last_error: outcome.error,
        delivered_at: outcome.deliveredAt,
      })
      .where("id", "=", deliveryId)
      .where("status", "=", "sending")
      .where("lease_until", "=", leaseUntil)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) return;
    await trx
      .insertInto("webhook_attempts")
      .values({
        delivery_id: deliveryId,
        attempt: outcome.attempt,
        attempted_at: outcome.attemptedAt,
        status_code: outcome.statusCode,
        problem: outcome.problem,
        error: outcome.error,
        duration_ms: outcome.durationMs,
      })
      .execute();
  });
}
