import { sql, type Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import type { Database } from "../../src/server/db/schema";
import { freshDatabase } from "../support/databases";
import { recordingUnanswered } from "../support/pg-pipelining";

/** A standalone read that says which backend answered it. */
function whoAnswers(db: Kysely<Database>, n: number) {
  return sql<{ pid: number; n: number }>`select pg_backend_pid() as pid, ${n}::int as n`
    .execute(db)
    .then(({ rows }) => rows[0]!);
}

/**
 * On PostgreSQL a request's standalone reads (`sharedReads`: its first read, the session's)
 * share a busy connection, pipelined, rather than wait for a free one; the test databases'
 * pools hold five connections.
 */
describe("PostgreSQL standalone reads on shared connections", () => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it("sends reads that find every connection busy behind others, each answered its own rows", async () => {
    handle = await freshDatabase("postgres");
    const reads = handle.sharedReads!;
    const { result, sent } = await recordingUnanswered(() =>
      Promise.all(Array.from({ length: 20 }, (_, n) => whoAnswers(reads, n))),
    );
    expect(result.map((row) => row.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(new Set(result.map((row) => row.pid)).size).toBeLessThanOrEqual(5);
    // Twenty reads on at most five connections: at least fifteen went behind another's.
    expect(sent.filter((query) => query.unanswered > 0).length).toBeGreaterThanOrEqual(15);
  });

  it("fails only the statement that failed among those sent together", async () => {
    handle = await freshDatabase("postgres");
    const reads = handle.sharedReads!;
    const answers = await Promise.allSettled(
      Array.from({ length: 12 }, (_, n) =>
        n === 5 ? sql`select 1 / ${0}::int`.execute(reads) : whoAnswers(reads, n),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(
      Array.from({ length: 12 }, (_, n) => (n === 5 ? "rejected" : "fulfilled")),
    );
    expect(String((answers[5] as PromiseRejectedResult).reason)).toMatch(/division by zero/);
  });

  it("gives a waiting transaction a connection while reads keep every connection busy", async () => {
    handle = await freshDatabase("postgres");
    const { db } = handle;
    const reads = handle.sharedReads!;
    let isReading = true;
    let readsDone = 0;
    // A hundred readers sending one read after another: twenty for each connection.
    const readers = Array.from({ length: 100 }, async (_, n) => {
      while (isReading) {
        await whoAnswers(reads, n);
        readsDone += 1;
      }
    });
    try {
      while (readsDone < 60) await new Promise((resolve) => setImmediate(resolve));
      const before = readsDone;
      // Each of five transactions needs a connection of its own while the reads go on.
      const pids = await Promise.all(
        Array.from({ length: 5 }, () =>
          db.transaction().execute(async (trx) => (await whoAnswers(trx, 0)).pid),
        ),
      );
      expect(pids).toHaveLength(5);
      expect(readsDone).toBeGreaterThan(before);
    } finally {
      isReading = false;
      await Promise.all(readers);
    }
  });

  it("refuses a transaction, which would take in other requests' statements", async () => {
    handle = await freshDatabase("postgres");
    await expect(
      handle.sharedReads!.transaction().execute(async (trx) => whoAnswers(trx, 1)),
    ).rejects.toThrow(/cannot run on a shared connection/);
    expect((await whoAnswers(handle.sharedReads!, 2)).n).toBe(2);
  });
});
