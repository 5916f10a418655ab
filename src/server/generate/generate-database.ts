import type { Logger } from "pino";
import type { DatabaseHandle } from "../db/connect";
import { ManualClock } from "../platform/clock";
import { createDeps } from "../create-deps";
import { argon2idHasher } from "../platform/passwords";
import { isDatabaseEmpty } from "../demo/seed-demo";
import { generateInstance, type GeneratedCounts } from "./generate-instance";
import { readBlock, writeCopy } from "./replicate-block";
import { seededIds, seededRandom } from "./seeded";

/** Where every generated history ends, whatever the day it is generated: a seed gives one instance. */
export const GENERATED_END = new Date("2026-11-22T12:00:00.000Z");

/**
 * Engagements written through the use-cases before the rest are copies of them: each use-case
 * call costs milliseconds (a history is some thirty of them, and health follows every event),
 * a copy tens of microseconds a row.
 */
export const DEFAULT_BLOCK_ENGAGEMENTS = 40;

/**
 * Generates an instance into an empty database (refused otherwise): a manual clock, ids and
 * choices drawn from the seed, and cheap (still argon2id) password hashes for the generated
 * people, whose password is `GENERATED_PASSWORD`.
 *
 * Up to `blockEngagements` engagements (and their share of the organisations), everything goes
 * through the use-cases. Past that, the use-cases write one block of that size and the rest are
 * copies of the block for organisations of their own (see `replicate-block.ts`), so the
 * engagement count is rounded up to a whole number of blocks.
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
    blockEngagements?: number;
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
  const blockSize = Math.max(1, options.blockEngagements ?? DEFAULT_BLOCK_ENGAGEMENTS);
  const copies = Math.max(1, Math.ceil(options.engagements / blockSize));
  const perBlock = Math.ceil(options.engagements / copies);
  const total = perBlock * copies;
  const onProgress = options.onProgress;
  const counts = await generateInstance(deps, {
    orgs: Math.max(2, Math.round(options.orgs / copies)),
    engagements: perBlock,
    random: seededRandom(options.seed),
    endsAt: GENERATED_END,
    ...(onProgress && { onProgress: (done: number) => onProgress(done, total) }),
  });
  if (copies === 1) return { ok: true, counts };
  // Copies grow the file by ~160 KB an engagement: SQLite's default 2 MB page cache would read
  // index pages back from disk on every insert, and a crash mid-way means generating again.
  handle.sqlite?.pragma("cache_size = -262144");
  handle.sqlite?.pragma("synchronous = OFF");
  const block = await readBlock(handle.db, handle.dialect);
  for (let copy = 1; copy < copies; copy++) {
    await writeCopy(handle, block, copy, options.seed);
    onProgress?.(perBlock * (copy + 1), total);
  }
  return {
    ok: true,
    counts: {
      organisations: counts.organisations * copies,
      engagements: counts.engagements * copies,
      events: counts.events * copies,
    },
  };
}
