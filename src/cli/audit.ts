import { Command } from "commander";
import { OperatorRefusal } from "./operator-errors";
import { withDatabase } from "./with-database";

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100_000;

/** `--limit` as a whole number in range, or a usage error naming the flag. */
function limitOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= 1 && n <= MAX_LIMIT) return n;
  throw new OperatorRefusal(
    "cli.generate.value_invalid",
    { flag: "--limit", min: 1, max: MAX_LIMIT, hasMax: "yes", value },
    2,
  );
}

/**
 * The security audit trail (sign-ups, log-ins and failed or throttled ones, password resets,
 * memberships and role changes, API tokens, webhooks, ledger exports), which nothing else
 * shows: the newest entries, oldest first, one JSON object a line.
 */
export function auditCommand(): Command {
  return new Command("audit")
    .description("Show the newest entries of the security audit trail, one JSON object a line")
    .option("--org <id>", "only the entries of one organisation")
    .option("--limit <n>", `how many of the newest entries (default ${DEFAULT_LIMIT})`)
    .action(async (options: { org?: string; limit?: string }) => {
      const limit = limitOf(options.limit);
      const { listRecentAudit } = await import("../server/kernel/audit.repository");
      const entries = await withDatabase(({ db }) =>
        listRecentAudit(db, { limit, ...(options.org !== undefined && { orgId: options.org }) }),
      );
      process.stdout.write(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(""));
    });
}
