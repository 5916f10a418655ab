import type { Logger } from "pino";
import type { DatabaseHandle } from "../db/connect";
import { gatherStatistics } from "../db/gather-statistics";
import { ManualClock } from "../platform/clock";
import { createDeps } from "../create-deps";
import { argon2idHasher } from "../platform/passwords";
import { isDatabaseEmpty } from "../demo/seed-demo";
import { generateInstance, type GeneratedCounts } from "./generate-instance";
import { beginBulkLoad } from "./bulk-load";
import { BLOCK_ID_PREFIX, readBlock } from "./block-template";
import { writeCopies } from "./replicate-block";
import { sqliteCopier } from "./copy-in-sqlite";
import { copyHashesAhead } from "./copy-hashes";
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
 * The block's size when none is asked for: the default, or larger when the organisations asked
 * for are fewer than two per block of it. Each copy needs a client and a provider of its own,
 * so with 40-engagement blocks a million engagements would make 50,000 organisations whatever
 * `orgs` said; larger blocks give each copy its share of `orgs` instead.
 */
export function defaultBlockEngagements(orgs: number, engagements: number): number {
  return Math.max(DEFAULT_BLOCK_ENGAGEMENTS, Math.ceil((2 * engagements) / Math.max(2, orgs)));
}

/** Engagements written per transaction of copies. */
const ENGAGEMENTS_PER_TRANSACTION = 1000;

/**
 * Which part of the work a progress report is about (their rates differ a hundredfold): the
 * block, the copies, on SQLite the tables written after the copies with their indexes
 * (`tables`, counted in engagements per table), then the remaining indexes, then the planner's
 * statistics.
 */
export type GeneratePhase = "block" | "copies" | "tables" | "indexes" | "statistics";

/**
 * Generates an instance into an empty database (refused otherwise): a manual clock, ids and
 * choices drawn from the seed, and cheap (still argon2id) password hashes for the generated
 * people, whose password is `GENERATED_PASSWORD`.
 *
 * Up to `blockEngagements` engagements (and their share of the organisations), everything goes
 * through the use-cases. Past that, the use-cases write one block of that size and the rest are
 * copies of the block for organisations of their own (see `replicate-block.ts`), so the
 * engagement count is rounded up to a whole number of blocks. The database ends with its
 * planner statistics gathered, ready to serve.
 */
export async function generateDatabase(
  handle: DatabaseHandle,
  options: {
    orgs: number;
    engagements: number;
    seed: number;
    publicUrl: string;
    logger?: Logger;
    onProgress?: (done: number, total: number, phase: GeneratePhase) => void;
    blockEngagements?: number;
    /**
     * On SQLite, copies are made inside SQLite (`copy-in-sqlite.ts`); `rows` writes them as
     * PostgreSQL's are, row values from JavaScript (the tests compare the two).
     */
    sqliteCopies?: "in-sqlite" | "rows";
  },
): Promise<{ ok: true; counts: GeneratedCounts } | { ok: false }> {
  const blockSize = Math.max(
    1,
    options.blockEngagements ?? defaultBlockEngagements(options.orgs, options.engagements),
  );
  const copies = Math.max(1, Math.ceil(options.engagements / blockSize));
  const perBlock = Math.ceil(options.engagements / copies);
  const total = perBlock * copies;
  const clock = new ManualClock(GENERATED_END);
  const ids = seededIds(seededRandom(options.seed ^ 0x5eed));
  const deps = {
    ...createDeps(handle, {
      publicUrl: options.publicUrl,
      // Generated data is for measuring: its links need only be the same from run to run.
      signingSecret: `generated-${options.seed}`,
      mail: "outbox",
      clock,
      // A block to copy reserves its ids' first eight digits: each copy puts its number there.
      ids:
        copies === 1
          ? ids
          : { newId: () => `${BLOCK_ID_PREFIX}${ids.newId().slice(BLOCK_ID_PREFIX.length)}` },
      passwords: argon2idHasher({ memoryCost: 1024, timeCost: 1 }),
      ...(options.logger && { logger: options.logger }),
    }),
    clock,
  };
  if (!(await isDatabaseEmpty(deps))) return { ok: false };
  const onProgress = options.onProgress;
  const counts = await generateInstance(deps, {
    orgs: Math.max(2, Math.round(options.orgs / copies)),
    engagements: perBlock,
    random: seededRandom(options.seed),
    endsAt: GENERATED_END,
    ...(onProgress && { onProgress: (done: number) => onProgress(done, perBlock, "block") }),
  });
  if (copies === 1) {
    onProgress?.(perBlock, perBlock, "statistics");
    await gatherStatistics(handle);
    return { ok: true, counts };
  }
  const block = await readBlock(handle.db, handle.dialect);
  const { sqlite } = handle;
  const bulk = sqlite && beginBulkLoad(sqlite);
  // The tables whose indexes are created after the copies are written after the others, one at
  // a time, each followed by its indexes (bulk-load.ts says why).
  const later = bulk?.rebuiltTables.filter((name) =>
    block.tables.some((table) => table.name === name),
  );
  const copier =
    sqlite && options.sqliteCopies !== "rows"
      ? sqliteCopier(sqlite, block, { ...(later && { later }) })
      : undefined;
  const hashing = copier && copyHashesAhead(block, copier.quoted);
  try {
    onProgress?.(perBlock, total, "copies");
    const step = Math.max(1, Math.floor(ENGAGEMENTS_PER_TRANSACTION / perBlock));
    const range = (from: number) => [from, Math.min(copies, from + step)] as const;
    // The next copies' hashes are computed while SQLite writes these.
    let nextHashes = hashing?.hashes(...range(1));
    for (let copy = 1; copy < copies; copy += step) {
      const to = Math.min(copies, copy + step);
      if (sqlite && copier && hashing && nextHashes) {
        const hashes = await nextHashes;
        nextHashes = to < copies ? hashing.hashes(...range(to)) : undefined;
        sqlite.transaction(() => copier.write(copy, to, hashes))();
      } else await writeCopies(handle, block, copy, to);
      onProgress?.(perBlock * to, total, "copies");
    }
    if (sqlite && copier && bulk && later && later.length > 0) {
      const tablesTotal = total * later.length;
      onProgress?.(0, tablesTotal, "tables");
      later.forEach((table, done) => {
        for (let copy = 1; copy < copies; copy += step) {
          const to = Math.min(copies, copy + step);
          sqlite.transaction(() => copier.writeLater(table, copy, to))();
          onProgress?.(total * done + perBlock * to, tablesTotal, "tables");
        }
        bulk.rebuild(table);
        onProgress?.(total * (done + 1), tablesTotal, "tables");
      });
    }
  } finally {
    await hashing?.close();
    copier?.close();
    onProgress?.(total, total, "indexes");
    bulk?.finish();
  }
  onProgress?.(total, total, "statistics");
  await gatherStatistics(handle);
  return {
    ok: true,
    counts: {
      organisations: counts.organisations * copies,
      engagements: counts.engagements * copies,
      events: counts.events * copies,
    },
  };
}
