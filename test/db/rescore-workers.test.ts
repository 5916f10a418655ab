import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { openDatabase } from "../../src/server/db/connect";
import { createDeps } from "../../src/server/create-deps";
import { GENERATED_END, generateDatabase } from "../../src/server/generate/generate-database";
import { rescoreAll } from "../../src/server/modules/relationship-health/rescore-all";
import { ManualClock } from "../../src/server/platform/clock";
import { DIALECTS, freshDatabase, sqliteImageOf } from "../support/databases";
import { storedByRescore } from "../support/stored-by-rescore";

const DAY_MS = 86_400_000;

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject("postgresUrl") });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * Two databases holding the same generated instance, by URL: SQLite files copied from one
 * image, or PostgreSQL databases, the second a copy of the first.
 */
async function twinDatabases(dialect: "sqlite" | "postgres") {
  const names = [0, 1].map((n) => `rw_${process.pid}_${Date.now().toString(36)}_${n}`);
  const urls = names.map((name) => {
    const url = new URL(inject("postgresUrl"));
    url.pathname = `/${name}`;
    return url.toString();
  });
  if (dialect === "postgres") {
    await onServer(
      `create database "${names[0]}" template "${inject("postgresTemplate")}" ${inject("postgresCopyClause")}`,
    );
  }
  const generated =
    dialect === "sqlite" ? await freshDatabase(dialect) : openDatabase(urls[0] ?? "");
  const result = await generateDatabase(generated, {
    orgs: 6,
    engagements: 30,
    seed: 7,
    blockEngagements: 4,
    publicUrl: "http://accord.test",
  });
  expect(result.ok).toBe(true);
  if (dialect === "postgres") {
    await generated.close();
    await onServer(`create database "${names[1]}" template "${names[0]}"`);
    return {
      urls,
      drop: async () => {
        for (const name of names) await onServer(`drop database if exists "${name}" with (force)`);
      },
    };
  }
  const image = await sqliteImageOf(generated.db);
  await generated.close();
  const directory = await mkdtemp(join(tmpdir(), "accord-rescore-workers-"));
  const files = ["one-thread", "workers"].map((name) => join(directory, `${name}.db`));
  for (const file of files) await writeFile(file, image);
  return {
    urls: files.map((file) => `sqlite:${file}`),
    drop: () => rm(directory, { recursive: true, force: true }),
  };
}

/**
 * `accord rescore` over worker threads stores what one thread stores, byte for byte: the
 * batches are folded and assessed on other connections in any interleaving, and written here
 * in order. Small batches spread 30 engagements over three workers.
 */
describe.each(DIALECTS)("accord rescore on worker threads, on %s", (dialect) => {
  let twins: Awaited<ReturnType<typeof twinDatabases>> | undefined;
  beforeAll(async () => {
    twins = await twinDatabases(dialect);
  }, 300_000);
  afterAll(async () => {
    await twins?.drop();
  });

  it("stores what a single thread stores, after a first and a second rescore", async () => {
    const runs = [
      { workers: 0, batchSize: 1000 },
      { workers: 3, batchSize: 4 },
    ];
    const dumps = [];
    for (const [index, options] of runs.entries()) {
      const url = twins?.urls[index] ?? "";
      const handle = openDatabase(url);
      const clock = new ManualClock(new Date(GENERATED_END.getTime() + 2 * DAY_MS));
      const deps = createDeps(handle, {
        signingSecret: "test-signing-secret",
        publicUrl: "http://accord.test",
        mail: "outbox",
        clock,
      });
      const first = await rescoreAll(deps, { databaseUrl: url, ...options });
      const afterFirst = await storedByRescore(handle);
      clock.advance(40 * DAY_MS);
      const second = await rescoreAll(deps, { databaseUrl: url, ...options });
      dumps.push({ first, second, afterFirst, afterSecond: await storedByRescore(handle) });
      await deps.mailer.close();
      await handle.close();
    }
    const [single, parallel] = dumps;
    expect(single?.first.events).toBeGreaterThan(0);
    expect(single?.afterFirst.engagement_health?.length).toBeGreaterThan(20);
    expect(single?.afterSecond.engagement_events?.length).toBeGreaterThan(0);
    expect(parallel).toEqual(single);
  }, 300_000);
});
