import { afterAll, beforeAll } from "vitest";
import type { DialectName } from "../../src/server/db/connect";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { buildTestApp, type TestApp } from "./test-app";

/**
 * One app with the demo seeded, shared by a describe block's tests that only read it (seeding
 * is the slow part); call it inside the block and read the app from the returned function.
 */
export function useSeededDemo(dialect: DialectName): () => TestApp {
  let seeded: TestApp | undefined;
  beforeAll(async () => {
    seeded = await buildTestApp(dialect);
    await seedDemo(seeded.deps);
  });
  afterAll(async () => {
    await seeded?.close();
  });
  return () => {
    if (!seeded) throw new Error("the demo is not seeded yet");
    return seeded;
  };
}
