import type { DatabaseHandle } from "../server/db/connect";
import { loadConfig } from "../server/platform/config";

/**
 * Opens the configured database, migrated, for one command, and always closes it. The drivers
 * load only here, so `accord --help` and commands without a database start at once.
 */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
    import("../server/db/connect"),
    import("../server/db/migrate"),
  ]);
  const config = loadConfig();
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
