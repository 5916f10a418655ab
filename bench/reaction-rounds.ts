/**
 * Health's reaction to a message, CPU per event, in rounds over the same engagements of an
 * existing database (appends events: use a copy): `node --import tsx bench/reaction-rounds.ts
 * sqlite:/tmp/db [samples=1000] [rounds=6]`. Each round posts one message to each of `samples`
 * engagements three times: with the kept objects forgotten before every event ("parsed", the
 * full path), once untimed to keep them, then with them ("kept", the engagement's last event
 * stored them). The first round warms up; the others give per-round figures, so a loaded
 * machine's noise shows as their spread. Before kept-health.ts existed, only "parsed" runs.
 */
import { openDatabase } from "../src/server/db/connect";
import { refreshHealthAfterEvent } from "../src/server/modules/relationship-health/refresh-engagement-health";
import type { EventReaction } from "../src/server/platform/deps";
import { activeEngagements, benchDeps, postMessageEvent } from "./rescore-throughput";
const url = process.argv[2] ?? "";
const samples = Number(process.argv[3] ?? 1000);
const rounds = Number(process.argv[4] ?? 6);
const kept = await import("../src/server/modules/relationship-health/kept-health").catch(
  () => null,
);
const handle = openDatabase(url);
const deps = benchDeps(handle);
let cpu = 0;
let forget = false;
const timed: EventReaction = async (trx, d, event) => {
  if (forget) kept?.forgetParsedHealth();
  const before = process.cpuUsage();
  await refreshHealthAfterEvent(trx, d, event);
  const after = process.cpuUsage(before);
  cpu += after.user + after.system;
};
const tdeps = { ...deps, afterAppend: [timed] };
const engagements = await activeEngagements(deps.db, samples);
const results: Record<string, number[]> = { kept: [], parsed: [] };
for (let round = 0; round < rounds; round++) {
  for (const mode of kept ? ["parsed", "warm", "kept"] : ["parsed"]) {
    forget = mode === "parsed";
    cpu = 0;
    for (const e of engagements) await postMessageEvent(tdeps, e);
    if (round > 0 && mode !== "warm") results[mode]!.push(cpu / engagements.length);
  }
}
for (const [mode, xs] of Object.entries(results)) {
  if (xs.length === 0) continue;
  const s = [...xs].sort((a, b) => a - b);
  console.log(
    `${mode}: CPU µs per event min ${s[0]!.toFixed(0)} median ${s[Math.floor(s.length / 2)]!.toFixed(0)} (${s.map((x) => x.toFixed(0)).join(" ")})${kept ? ` taken ${kept.keptHealthCounts.taken} parsed ${kept.keptHealthCounts.parsed}` : ""}`,
  );
}
await deps.mailer.close();
await handle.close();
