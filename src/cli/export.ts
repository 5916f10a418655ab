import { Command } from "commander";
import { OperatorRefusal } from "./operator-errors";
import { writeTextWhole } from "./operator-files";
import { withDatabase } from "./with-database";

export function exportCommand(): Command {
  return new Command("export")
    .description("Export an engagement's ledger as JSON (verify it with `accord verify --file`)")
    .requiredOption("--engagement <id>", "the engagement to export")
    .option("--out <path>", "write to a file instead of standard output")
    .action(async (options: { engagement: string; out?: string }) => {
      const [
        { buildLedgerExport },
        { findEngagement },
        { listEventsWithActors },
        { toChainedEvent },
      ] = await Promise.all([
        import("../server/modules/engagements/engagement-ledger"),
        import("../server/modules/engagements/engagements.repository"),
        import("../server/modules/ledger/ledger.repository"),
        import("../server/kernel/stored-events"),
      ]);
      const json = await withDatabase(async ({ db }) => {
        const engagement = await findEngagement(db, options.engagement);
        if (!engagement)
          throw new OperatorRefusal("cli.engagement_not_found", { id: options.engagement }, 1);
        const events = (await listEventsWithActors(db, engagement.id)).map(toChainedEvent);
        return JSON.stringify(buildLedgerExport(engagement, events, new Date()), null, 2);
      });
      if (options.out) await writeTextWhole(options.out, `${json}\n`);
      else process.stdout.write(`${json}\n`);
    });
}
