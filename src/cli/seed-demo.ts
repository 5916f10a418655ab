import { Command } from "commander";
import { OperatorRefusal } from "./operator-errors";
import { loadCliConfig, withDatabase } from "./with-database";

export function seedDemoCommand(): Command {
  return new Command("seed-demo")
    .description("Seed the demo organisations, people and engagements into an empty database")
    .action(async () => {
      const [
        { default: pino },
        { DEMO_PASSWORD, isDatabaseEmpty, seedDemo },
        { createDeps },
        { loadInstanceSecret },
      ] = await Promise.all([
        import("pino"),
        import("../server/demo/seed-demo"),
        import("../server/create-deps"),
        import("../server/platform/instance-secret"),
      ]);
      const config = await loadCliConfig();
      await withDatabase(async (handle) => {
        const deps = createDeps(handle, {
          publicUrl: config.publicUrl,
          signingSecret: await loadInstanceSecret(handle.db),
          filesDirectory: config.filesDirectory,
          mail: "outbox",
          logger: pino({ level: "warn" }),
          // A sandbox's demo is seeded at its test clock's time, as `accord serve` seeds it.
          testClock: config.testClock,
        });
        if (!(await isDatabaseEmpty(deps)))
          throw new OperatorRefusal("cli.seed_demo.database_not_empty", {}, 1);
        const logins = await seedDemo(deps);
        process.stdout.write(`Seeded ${logins.length} demo people (password: ${DEMO_PASSWORD}):\n`);
        for (const login of logins)
          process.stdout.write(`  ${login.email}  ${login.description}\n`);
      });
    });
}
