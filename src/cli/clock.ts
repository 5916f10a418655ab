import { Command } from "commander";
import type { Failure } from "../server/platform/result";
import { cliLocale } from "./cli-locale";
import { loadCliConfig, withDatabase } from "./with-database";

// The catalogues and the use-case load when a command needs them, not for `accord --help`.
async function refuse(failure: Failure): Promise<void> {
  const { failureBody } = await import("../server/platform/http");
  process.stderr.write(`${failureBody(await cliLocale(), failure).error.message}\n`);
  process.exitCode = 2;
}

async function show(offsetSeconds: number): Promise<void> {
  const { describeOffset } = await import("../domain/clock/clock-advance");
  const real = new Date();
  const now = new Date(real.getTime() + offsetSeconds * 1000);
  process.stdout.write(
    `Test clock: ${now.toISOString()} (${describeOffset(offsetSeconds)} ahead of real time ${real.toISOString()})\n`,
  );
}

/**
 * The test clock of a sandbox or demo (ACCORD_TEST_CLOCK=true in the CLI's environment and the
 * server's): the offset lives in the database, so running processes pick up an advance on
 * their next sweep, within seconds, and do the work that fell due.
 */
export function clockCommand(): Command {
  const clock = new Command("clock").description(
    "Show or move the test clock of a sandbox (needs ACCORD_TEST_CLOCK=true)",
  );
  clock
    .command("show")
    .description("Show the time this instance uses and how far it runs ahead of real time")
    .action(async () => {
      if (!(await loadCliConfig()).testClock) return refuse({ code: "test_clock_disabled" });
      const { readTestClockOffset } = await import("../server/platform/test-clock");
      await show(await withDatabase(({ db }) => readTestClockOffset(db)));
    });
  clock
    .command("advance")
    .description("Move the clock forward, e.g. `clock advance 15d`, `36h`, `90m`, `1d12h`")
    .argument("<duration>", "days (d), hours (h) and minutes (m) forward")
    .action(async (duration: string) => {
      if (!(await loadCliConfig()).testClock) return refuse({ code: "test_clock_disabled" });
      const { moveTestClockForward } =
        await import("../server/modules/test-clock/move-test-clock-forward");
      const moved = await withDatabase(({ db }) => moveTestClockForward(db, duration, new Date()));
      if (!moved.ok) return refuse(moved.failure);
      await show(moved.value);
    });
  return clock;
}
