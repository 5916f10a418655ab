import { openDatabase } from "../src/server/db/connect";
import { migrateToLatest } from "../src/server/db/migrate";
import { gatherStatistics } from "../src/server/db/gather-statistics";
import { FULL_SCALE, generateData } from "./generate-data";

/**
 * The bench's own data (`npm run bench`'s generator, 20,000 engagements by default) in a
 * database kept for `bench/rescore-cpu.ts`: `node --import tsx bench/make-health-db.ts <url>
 * [--engagements N]`. The database must be empty.
 */
const url = process.argv[2] ?? "";
const index = process.argv.indexOf("--engagements");
const engagements = index >= 0 ? Number(process.argv[index + 1]) : FULL_SCALE.engagements;
const handle = openDatabase(url);
await migrateToLatest(handle.db);
const data = await generateData(handle.db, { ...FULL_SCALE, engagements }, { now: new Date() });
await gatherStatistics(handle);
console.log(`${data.counts.engagements} engagements, ${data.counts.events} events`);
await handle.close();
