import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pino from "pino";
import type { DatabaseHandle } from "../src/server/db/connect";
import { createDeps } from "../src/server/create-deps";
import { appendEvent } from "../src/server/modules/ledger/append-event";
import { refreshHealthAfterEvent } from "../src/server/modules/relationship-health/refresh-engagement-health";
import {
  rescoreAll,
  type RescoreOptions,
} from "../src/server/modules/relationship-health/rescore-all";
import type { AppDeps, EventReaction } from "../src/server/platform/deps";

export interface RescoreReport {
  engagements: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** CPU time of this process (user + system) during the rescore, and events per CPU-second. */
  cpuSeconds: number;
  eventsPerCpuSecond: number;
  /**
   * The incremental path for one new event: what health's reaction adds to the posting
   * transaction (fold the event, score both sides, store, move both organisations' sums, history).
   */
  incrementalMicrosPerEvent: number;
  /** The same in CPU time of this process. */
  incrementalCpuMicrosPerEvent: number;
  incrementalSamples: number;
}

/** The app's dependencies for the bench's own calls: mail kept in the outbox, no logs. */
export function benchDeps(handle: DatabaseHandle): AppDeps {
  return createDeps(handle, {
    signingSecret: "test-signing-secret",
    publicUrl: "http://bench.accord.test",
    mail: "outbox",
    logger: pino({ level: "silent" }),
  });
}

/**
 * One `rescoreAll`, with its wall and CPU time (user + system) of this process, in seconds: the
 * CPU of its worker threads included, since they are threads of this process.
 */
export async function timedRescore(deps: AppDeps, options: RescoreOptions = {}) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const counts = await rescoreAll(deps, options);
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  return { counts, seconds, cpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6 };
}

/**
 * `accord rescore` over the generated ledgers (which also gives the engagement overview its
 * stored health), then the incremental path: one message event appended to each of `samples`
 * engagements through `appendEvent` as the app does, in its own transaction, with health's
 * reaction timed inside it (wall and CPU). The reaction is all health adds to posting an event.
 */
export async function measureRescore(
  handle: DatabaseHandle,
  options: { samples: number; databaseUrl?: string },
): Promise<RescoreReport> {
  const deps = benchDeps(handle);
  const { counts, seconds, cpuSeconds } = await timedRescore(deps, {
    databaseUrl: options.databaseUrl,
  });

  const incremental = await measureIncremental(deps, options.samples);
  await deps.mailer.close();
  return {
    engagements: counts.engagements,
    events: counts.events,
    seconds,
    eventsPerSecond: seconds > 0 ? counts.events / seconds : 0,
    cpuSeconds,
    eventsPerCpuSecond: cpuSeconds > 0 ? counts.events / cpuSeconds : 0,
    incrementalMicrosPerEvent: incremental.microsPerEvent,
    incrementalCpuMicrosPerEvent: incremental.cpuMicrosPerEvent,
    incrementalSamples: incremental.samples,
  };
}

/**
 * The incremental path: one message event appended to each of `samples` active engagements
 * through `appendEvent` as the app does, each in its own transaction, twice over: the first
 * round untimed (it warms the JIT and makes each engagement's stored health current), the second
 * with health's reaction timed inside the transaction (wall and CPU of this process). So the
 * figure is an event on an engagement already assessed that day, the common case.
 */
export async function measureIncremental(
  deps: AppDeps,
  samples: number,
): Promise<{ microsPerEvent: number; cpuMicrosPerEvent: number; samples: number }> {
  const timing = { isOn: false, wallMs: 0, cpuMicros: 0 };
  const timedHealth: EventReaction = async (trx, reactionDeps, event) => {
    if (!timing.isOn) return refreshHealthAfterEvent(trx, reactionDeps, event);
    const cpuBefore = process.cpuUsage();
    const before = performance.now();
    await refreshHealthAfterEvent(trx, reactionDeps, event);
    timing.wallMs += performance.now() - before;
    const cpuAfter = process.cpuUsage(cpuBefore);
    timing.cpuMicros += cpuAfter.user + cpuAfter.system;
  };
  const timed = { ...deps, afterAppend: [timedHealth] };
  const engagements = await activeEngagements(deps.db, samples);
  for (const isTimed of [false, true]) {
    timing.isOn = isTimed;
    for (const engagement of engagements) {
      await postMessageEvent(timed, engagement);
    }
  }
  const count = engagements.length;
  return {
    microsPerEvent: count > 0 ? (timing.wallMs * 1000) / count : 0,
    cpuMicrosPerEvent: count > 0 ? timing.cpuMicros / count : 0,
    samples: count,
  };
}

/** The first `samples` active engagements with both sides, by id: the incremental path's sample. */
export function activeEngagements(db: AppDeps["db"], samples: number) {
  return db
    .selectFrom("engagements")
    .select(["id", "client_org_id"])
    .where("status", "=", "active")
    .where("provider_org_id", "is not", null)
    .orderBy("id")
    .limit(samples)
    .execute();
}

/** One message event appended to the engagement in its own transaction, as the app posts one. */
export async function postMessageEvent(
  deps: AppDeps,
  engagement: { id: string; client_org_id: string | null },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await appendEvent(trx, deps, {
      engagementId: engagement.id,
      type: "message.posted",
      actorUserId: null,
      actorOrgId: engagement.client_org_id,
      payload: { messageId: randomUUID(), threadKind: "engagement", threadId: "engagement" },
    });
  });
}
