import { Command } from "commander";
import pino from "pino";
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemo } from "../server/demo/seed-demo";
import { createDeps } from "../server/platform/create-deps";
import { loadConfig } from "../server/platform/config";
import { withDatabase } from "./with-database";

export function seedDemoCommand(): Command {
  return new Command("seed-demo")
    .description("Seed the demo organisations, people and engagements into an empty database")
    .action(async () => {
      const config = loadConfig();
      await withDatabase(async (handle) => {
        const deps = createDeps(handle, {
          publicUrl: config.publicUrl,
          filesDirectory: config.filesDirectory,
          mail: "outbox",
          logger: pino({ level: "warn" }),
        });
        if (!(await isDatabaseEmpty(deps))) {
          process.stderr.write(
            "The database already has people in it; the demo is seeded only into an empty one.\n",
          );
          process.exitCode = 1;
          return;
        }
        const logins = await seedDemo(deps);
        process.stdout.write(`Seeded ${logins.length} demo people (password: ${DEMO_PASSWORD}):\n`);
        for (const login of logins)
          process.stdout.write(`  ${login.email}  ${login.description}\n`);
      });
    });
}
