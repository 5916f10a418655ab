import { Command } from "commander";
import { auditCommand } from "./audit";
import { backupCommand } from "./backup";
import { clockCommand } from "./clock";
import { exportCommand } from "./export";
import { generateCommand } from "./generate";
import { migrateCommand } from "./migrate";
import { ratesCommand } from "./rates";
import { nudgeStatsCommand } from "./nudge-stats";
import { screenCommand } from "./screen";
import { rescoreCommand } from "./rescore";
import { seedDemoCommand } from "./seed-demo";
import { serveCommand } from "./serve";
import { verifyCommand } from "./verify";

const program = new Command()
  .name("accord")
  .description(
    "Accord operator tool. The database comes from ACCORD_DATABASE_URL (default sqlite:./data/accord.db).",
  );

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedDemoCommand());
program.addCommand(verifyCommand());
program.addCommand(exportCommand());
program.addCommand(backupCommand());
program.addCommand(ratesCommand());
program.addCommand(screenCommand());
program.addCommand(clockCommand());
program.addCommand(rescoreCommand());
program.addCommand(nudgeStatsCommand());
program.addCommand(generateCommand());
program.addCommand(auditCommand());

/**
 * Commander's own refusals (an unknown option or command, a missing or extra argument) are
 * thrown rather than printed in English, each marked with the command it concerns, so that
 * `reportOperatorError` says them in the operator's language. Commands added whole do not
 * inherit this from the program: each is set up.
 */
function throwUsageErrors(command: Command, path: string): void {
  command.configureOutput({ outputError: () => undefined }).exitOverride((error) => {
    throw Object.assign(error, { commandPath: path });
  });
  for (const sub of command.commands) throwUsageErrors(sub, `${path} ${sub.name()}`);
}
throwUsageErrors(program, "accord");

// A reader that goes away (`accord verify | head -1`) ends the output, not with a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A database that cannot be reached or a bad setting is the operator's to fix: one sentence
  // in their language. Anything else is a bug, and keeps its stack trace.
  const { reportOperatorError } = await import("./operator-errors");
  if (!(await reportOperatorError(error))) throw error;
}
