import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pino from "pino";
import type { DatabaseHandle } from "../src/server/db/connect";
import { lockEngagement } from "../src/server/db/locking";
import { createDeps } from "../src/server/create-deps";
import { appendEvent } from "../src/server/modules/ledger/append-event";
import { refreshEngagementHealth } from "../src/server/modules/relationship-health/refresh-engagement-health";
import { rescoreAll } from "../src/server/modules/relationship-health/rescore-all";

export interface RescoreReport {
  engagements: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** The incremental path for one new event: fold, assess, store, move both organisations' sums. */
  incrementalMicrosPerEvent: number;
  incrementalSamples: number;
}

/**
 * `accord rescore` over the generated ledgers (which also gives the engagement overview its
 * stored health), then the incremental path alone: one message event appended to each of
 * `samples` engagements without reactions, and the health refresh each then runs after it
 * timed, transaction and engagement lock included.
 */
export async function measureRescore(
  handle: DatabaseHandle,
  options: { samples: number },
): Promise<RescoreReport> {
  const deps = createDeps(handle, {
    publicUrl: "http://bench.accord.test",
    mail: "outbox",
    logger: pino({ level: "silent" }),
  });
  const started = performance.now();
  const counts = await rescoreAll(deps);
  const seconds = (performance.now() - started) / 1000;

  const quiet = { ...deps, afterAppend: [] };
  const engagements = await handle.db
    .selectFrom("engagements")
    .select(["id", "client_org_id"])
    .where("status", "=", "active")
    .where("provider_org_id", "is not", null)
    .orderBy("id")
    .limit(options.samples)
    .execute();
  let refreshMs = 0;
  for (const engagement of engagements) {
    await handle.db.transaction().execute(async (trx) => {
      await appendEvent(trx, quiet, {
        engagementId: engagement.id,
        type: "message.posted",
        actorUserId: null,
        actorOrgId: engagement.client_org_id,
        payload: { messageId: randomUUID(), threadKind: "engagement", threadId: "engagement" },
      });
    });
    const before = performance.now();
    await handle.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, engagement.id);
      await refreshEngagementHealth(trx, deps, engagement.id);
    });
    refreshMs += performance.now() - before;
  }
  deps.mailer.close();
  return {
    engagements: counts.engagements,
    events: counts.events,
    seconds,
    eventsPerSecond: seconds > 0 ? counts.events / seconds : 0,
    incrementalMicrosPerEvent: engagements.length > 0 ? (refreshMs * 1000) / engagements.length : 0,
    incrementalSamples: engagements.length,
  };
}
