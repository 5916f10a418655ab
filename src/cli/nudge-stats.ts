import { Command } from "commander";
import { withDatabase } from "./with-database";

/**
 * Prints how often the nudge before sending led to a revision: nudges shown, revised, sent
 * anyway, still pending, and the revision rate among those resolved.
 */
export function nudgeStatsCommand(): Command {
  return new Command("nudge-stats")
    .description("How often the screening nudge led the sender to revise (JSON)")
    .action(async () => {
      const { countNudges } = await import("../server/modules/screening/nudges.repository");
      const { nudgeStatsOf } = await import("../server/modules/screening/get-nudge-stats");
      const stats = await withDatabase(async ({ db }) => nudgeStatsOf(await countNudges(db)));
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    });
}
