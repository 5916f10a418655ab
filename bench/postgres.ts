import pg from "pg";
import { startEmbeddedPostgres } from "../test/support/embedded-postgres";

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

  const server = await startEmbeddedPostgres("accord_bench");
  return { url: server.url, origin: "embedded", stop: () => server.stop() };
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
