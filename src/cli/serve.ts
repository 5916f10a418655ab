import { Command } from "commander";
import { loadCliConfig } from "./with-database";

export function serveCommand(): Command {
  return new Command("serve")
    .description(
      "Migrate the database, seed the demo on an empty one, and serve the API and web app",
    )
    .option("--no-demo", "never seed the demo instance")
    .action(async (options: { demo: boolean }) => {
      const [{ DEMO_PASSWORD }, { startAccord }] = await Promise.all([
        import("../server/demo/seed-demo"),
        import("../server/start"),
      ]);
      const config = await loadCliConfig();
      const running = await startAccord({
        databaseUrl: config.databaseUrl,
        ...(config.poolSize !== undefined && { poolSize: config.poolSize }),
        port: config.port,
        host: config.host,
        mail: config.mail,
        mailFrom: config.mailFrom,
        notificationMailWindowSeconds: config.notificationMailWindowSeconds,
        retention: config.retention,
        seedDemo: options.demo && config.seedDemo === "auto",
        ...(process.env.ACCORD_PUBLIC_URL && { publicUrl: config.publicUrl }),
        logLevel: config.logLevel,
        trustProxy: config.trustProxy,
        filesDirectory: config.filesDirectory,
        allowsLoopbackWebhooks: config.allowsLoopbackWebhooks,
        testClock: config.testClock,
        keepsListReplies: config.keepsListReplies,
        loginAttemptsPerMinute: config.loginAttemptsPerMinute,
        signupsPerHour: config.signupsPerHour,
        unsubscribesPerMinute: config.unsubscribesPerMinute,
        passwordResetsPerHour: config.passwordResetsPerHour,
        metricsAccess: config.metricsAccess,
        loginThrottle: config.loginThrottle,
      });
      const lines = [
        "",
        `  Accord is running at ${running.url}`,
        `  Database: ${config.databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")}`,
        `  API reference: ${running.url}/api/docs`,
      ];
      if (config.testClock)
        lines.push("  Test clock: on (move it with `accord clock advance 15d`)");
      if (running.demoLogins.length > 0) {
        lines.push("", `  Demo log-ins (password for all: ${DEMO_PASSWORD}):`);
        for (const login of running.demoLogins)
          lines.push(`    ${login.email.padEnd(26)} ${login.description}`);
      }
      process.stdout.write(`${lines.join("\n")}\n\n`);
      const stop = () => void running.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
