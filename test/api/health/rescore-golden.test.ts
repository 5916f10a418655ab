import { readFile, writeFile } from "node:fs/promises";
import { afterAll, assert, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/server/db/connect";
import { createDeps } from "../../../src/server/create-deps";
import { GENERATED_END, generateDatabase } from "../../../src/server/generate/generate-database";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { ManualClock } from "../../../src/server/platform/clock";
import { DIALECTS, freshDatabase } from "../../support/databases";
import { storedByRescore } from "../../support/stored-by-rescore";
import { describeDifferences, digested, KnownTexts, type Dump } from "./rescore-golden-differences";

const DAY_MS = 86_400_000;
const GOLDEN = new URL("./rescore-golden.json", import.meta.url);
/** Long texts of every run of this file (SQLite's runs first): what decodes a golden digest. */
const known = new KnownTexts();

/** The golden file's text: a row a line, so a change shows as the rows it moved. */
function goldenText(dump: Dump): string {
  const runs = Object.entries(dump).map(([run, tables]) => {
    const parts = Object.entries(tables).map(
      ([table, rows]) =>
        `  ${JSON.stringify(table)}: [\n${rows.map((row) => `   ${JSON.stringify(row)}`).join(",\n")}\n  ]`,
    );
    return ` ${JSON.stringify(run)}: {\n${parts.join(",\n")}\n }`;
  });
  return `{\n${runs.join(",\n")}\n}\n`;
}

/**
 * `accord rescore` stores, byte for byte, what it stored before its speed work (the golden file
 * was written by the code of 3 December 2026, fb5b294): the same scores, states, shares, sums,
 * history and warnings, on both databases, for a fresh rescore and for one over stored health.
 * `ACCORD_RECORD_RESCORE=1` writes the file again: only for a deliberate change of the model, or
 * when the generated instance's ids move (the seeded id sequence is shared by every row the
 * generator writes). It was written again once, when in-app notifications stopped drawing an id
 * per person told; both dumps were checked equal with every id renamed by first appearance.
 * And again when check-ins stopped once the work is complete (h-checkin3): every engagement of
 * the instance completes before its "now", and the dumps before and after differed only in the
 * check-in events after each completion (78 of 432 events), the check-in rows they opened, the
 * drawn ids that followed them, and in each state's check-in fields, next check-in time and last
 * activity (no automated check-in moves it any more); the engagements' scores, warnings, history,
 * the cohort and health's events were equal, and organisations' scores moved only through the
 * recency weights of their engagements (their last activity). And again when explanations came
 * rounded as the health tab reads them (h-small): only organisations' stored explanations moved
 * (12 rows of 12 lines, no other field of any row); scores, states, sums and warnings are equal.
 * And again when the low-rating warning's evidence was labelled by the rating's day instead of
 * its id (h-left4): the `warnings` of 4 engagement rows moved (two engagements, both rescores),
 * no other field of any row. And again when the fold kept which payments were confirmed (h-left4,
 * `isConfirmed`, so an invoice paid in confirmed and unconfirmed parts counts from its last
 * part's day): the `state` of 16 engagement rows moved, no other field of any row (no invoice
 * of the instance is paid that way, so no score, warning or history point moved). And again when
 * satisfaction stopped ranking among fewer than three rated organisations (h-left4,
 * `HEALTH.satisfactionMinCohort`): this instance rates two organisations a side, so satisfaction
 * has no value in any of its scores now and its weight goes to the other inputs. Compared row by
 * row, in each rescore: every engagement's provider_score (8 of 8), 2 organisations' score and
 * explanation, and the score history (74 points' scores, 28 points gone and 20 new, as days
 * with a changed score moved) changed; no state, warning, client score, event or cohort row.
 */
describe.each(DIALECTS)("accord rescore's stored results on %s", (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    const result = await generateDatabase(handle, {
      orgs: 6,
      engagements: 8,
      seed: 31,
      blockEngagements: 4,
      publicUrl: "http://accord.test",
    });
    expect(result.ok).toBe(true);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("are the golden file's, after a first rescore and after a second one days later", async () => {
    const clock = new ManualClock(new Date(GENERATED_END.getTime() + 2 * DAY_MS));
    const deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
      clock,
    });
    await rescoreAll(deps);
    const first = await storedByRescore(handle);
    clock.advance(40 * DAY_MS);
    await rescoreAll(deps);
    const second = await storedByRescore(handle);
    await deps.mailer.close();
    const actual = digested({ first, second });
    if (process.env.ACCORD_RECORD_RESCORE === "1" && dialect === "sqlite") {
      await writeFile(GOLDEN, goldenText(actual));
    }
    const golden = JSON.parse(await readFile(GOLDEN, "utf8")) as Dump;
    known.learn({ first, second });
    expect(actual.first?.engagement_health?.length).toBeGreaterThan(0);
    // On a difference, the rows and decoded fields that moved, not a diff of the whole dump.
    const differences = describeDifferences({ first, second }, golden, known);
    if (differences !== "") assert.fail(`stored on ${dialect} ≠ the golden file:\n${differences}`);
    expect(actual).toEqual(golden);
  }, 300_000);
});
