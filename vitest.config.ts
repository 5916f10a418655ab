import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { InterleavingSequencer } from "./test/support/interleaving-sequencer";

/**
 * Three tiers: `unit` (pure, beside the code), `medium` (real SQLite and PostgreSQL, API through
 * app.inject, real SMTP), `e2e` (Chromium against a running server). PostgreSQL comes from
 * TEST_DATABASE_URL or an embedded server started once by the global setup.
 */
export default defineConfig({
  test: {
    // Vitest's default (one worker fewer than the cores) runs one file at a time on two cores,
    // while most of a medium test waits on PostgreSQL or SQLite I/O: one more than the cores
    // keeps both busy.
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: InterleavingSequencer },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          environment: "node",
          // Pure code keeps no state in modules, so one worker's loaded modules serve every
          // file: loading them again per file was two thirds of the tier's CPU (85 s → 21 s).
          isolate: false,
          // A time-out only catches a hang: on a loaded machine a test that reads every
          // catalogue or runs a property check may take longer than the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "medium",
          include: ["test/**/*.test.ts"],
          environment: "node",
          globalSetup: [
            "test/support/compile-server-setup.ts",
            "test/support/postgres-global-setup.ts",
          ],
          // Each file builds its own apps and databases and keeps no state in modules, so a
          // worker keeps the modules it loaded for the next file: loading the app's sources
          // again for every one of ~100 files cost a fifth of the medium tier's time.
          isolate: false,
          // Generous: a time-out only catches a hang, and a loaded machine must not fail a test
          // (with other work on the machine, generating data once took 9 minutes instead of 1).
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          environment: "node",
          // Each journey starts its own server and browser; the modules loaded stay shared.
          isolate: false,
          globalSetup: ["e2e/support/build-web-setup.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
