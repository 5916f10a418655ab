import { openDatabase } from "./src/server/db/connect";
import { migrateToLatest } from "./src/server/db/migrate";
import { generateData, FULL_SCALE } from "./bench/generate-data";
import { listStagnationWindow, listStagnationCandidates } from "./src/server/modules/growth/reviews.repository";
import { sql } from "kysely";
const n = Number(process.argv[2] ?? 200000);
const handle = openDatabase("sqlite:/tmp/st200k.db", { poolSize: 1 });
await migrateToLatest(handle.db);
const count = await handle.db.selectFrom("engagements").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
if (Number(count?.n) === 0) await generateData(handle.db, { ...FULL_SCALE, engagements: n }, { now: new Date() });
const now = new Date();
const bounds = { quietSince: new Date(now.getTime() - 60 * 86400000).toISOString(), cooledSince: new Date(now.getTime() - 90 * 86400000).toISOString(), today: now.toISOString().slice(0, 10) };
// The former query: every active engagement not judged today, filtered, first 50.
const t0 = performance.now();
const old = await sql`select e.id from engagements e where e.status = 'active'
 and exists (select 1 from engagement_events ev where ev.engagement_id = e.id and ev.type = 'agreement.in_force' and ev.occurred_at <= ${bounds.quietSince})
 and not exists (select 1 from engagement_events ev where ev.engagement_id = e.id and ev.type in ('goal.set','agreement.amendment_opened','milestone.accepted','change_request.proposed','next_phase.offered') and ev.occurred_at > ${bounds.quietSince})
 and not exists (select 1 from relationship_reviews r where r.engagement_id = e.id and (r.revealed_at is null or r.opened_at > ${bounds.cooledSince}))
 and not exists (select 1 from stagnation_checks s where s.engagement_id = e.id and s.checked_on >= ${bounds.today})
 order by e.id limit 50`.execute(handle.db);
const t1 = performance.now();
const window = await listStagnationWindow(handle.db, bounds.today, 500);
const candidates = await listStagnationCandidates(handle.db, window, bounds);
const t2 = performance.now();
console.log({ engagements: count?.n, oldMs: (t1 - t0).toFixed(0), oldRows: old.rows.length, newMs: (t2 - t1).toFixed(1), window: window.length, candidates: candidates.length });
await handle.close();
