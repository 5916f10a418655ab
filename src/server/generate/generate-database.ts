import type { Logger } from "pino";
import type { DatabaseHandle } from "../db/connect";
import { ManualClock } from "../platform/clock";
import { createDeps } from "../create-deps";
import { argon2idHasher } from "../platform/passwords";
import { isDatabaseEmpty } from "../demo/seed-demo";
import { generateInstance, type GeneratedCounts } from "./generate-instance";
import { seededIds, seededRandom } from "./seeded";

/** Where every generated history ends, whatever the day it is generated: a seed gives one instance. */
export const GENERATED_END = new Date("2026-11-22T12:00:00.000Z");

/**
 * Generates an instance into an empty database (refused otherwise): a manual clock, ids and
 * choices drawn from the seed, and cheap (still argon2id) password hashes for the generated
 * people, whose password is `GENERATED_PASSWORD`.
 */
export async function generateDatabase(
  handle: DatabaseHandle,
  options: {
    orgs: number;
    engagements: number;
    seed: number;
    publicUrl: string;
    logger?: Logger;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<{ ok: true; counts: GeneratedCounts } | { ok: false }> {
  const clock = new ManualClock(GENERATED_END);
  const deps = {
    ...createDeps(handle, {
      publicUrl: options.publicUrl,
      mail: "outbox",
      clock,
      ids: seededIds(seededRandom(options.seed ^ 0x5eed)),
      passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
      ...(options.logger && { logger: options.logger }),
    }),
    clock,
  };
  if (!(await isDatabaseEmpty(deps))) return { ok: false };
  const counts = await generateInstance(deps, {
    orgs: options.orgs,
    engagements: options.engagements,
    random: seededRandom(options.seed),
    endsAt: GENERATED_END,
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  return { ok: true, counts };
}
