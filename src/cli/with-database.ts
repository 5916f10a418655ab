import { openDatabase, type DatabaseHandle } from "../server/db/connect";
import { migrateToLatest } from "../server/db/migrate";
import { loadConfig } from "../server/platform/config";

/** Opens the configured database, migrated, for one command, and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
