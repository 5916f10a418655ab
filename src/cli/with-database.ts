import type { DatabaseHandle } from "../server/db/connect";
import type { Config } from "../server/platform/config";

/**
 * The configuration from the environment. Loaded when a command runs: its schema (zod) and what
 * it imports cost more than the rest of `accord --help`.
 */
export async function loadCliConfig(): Promise<Config> {
  const { loadConfig } = await import("../server/platform/config");
  return loadConfig();
}

/**
 * Opens the configured database, migrated, for one command, and always closes it. The drivers
 * load only here, so `accord --help` and commands without a database start at once.
 */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
    import("../server/db/connect"),
    import("../server/db/migrate"),
  ]);
  const config = await loadCliConfig();
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
