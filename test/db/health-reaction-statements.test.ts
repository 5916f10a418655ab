import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAcceptedEngagement, type AcceptedEngagement } from "../api/api-fixtures";
import { postMessage } from "../api/collaboration/collaboration-fixtures";
import { DIALECTS } from "../support/databases";
import { recordingInto, type RecordedQuery } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

/** Health's tables: a statement naming one of them is health's reaction's. */
const HEALTH_TABLES = /"(engagement_health|organisation_health|health_history|health_cohort)"/;

/**
 * Health's reaction to an event runs inside the event's transaction, so every statement it runs
 * is paid by every posting (on PostgreSQL a round trip each): once the engagement's health is
 * stored, a message that moves no score costs the stored row read with the cohort and both
 * organisations' sums (locked on PostgreSQL), then its writes: on SQLite the row and the sums,
 * on PostgreSQL both in one statement.
 */
describe.each(DIALECTS)("health's statements for a message on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  const queries: RecordedQuery[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect, { wrapDb: recordingInto(queries) });
    w = await buildAcceptedEngagement(t);
  });
  afterAll(() => t.close());

  it("are the stored health with both organisations' sums, then the row (its check-in time left alone) and the sums", async () => {
    await postMessage(t, w.client, w.engagement.id, "First");
    const scoresBefore = await storedScores();
    queries.length = 0;
    await postMessage(t, w.client, w.engagement.id, "Second");
    expect(await storedScores()).toEqual(scoresBefore);
    const health = queries.map((q) => q.sql).filter((text) => HEALTH_TABLES.test(text));
    const read: unknown = expect.stringMatching(
      /^select \(select "data" from "health_cohort".* "organisation_health"/,
    );
    expect(health).toEqual(
      dialect === "postgres"
        ? [
            read,
            expect.stringMatching(
              /^with "engagement_row" as \(update "engagement_health" set .*\), "organisation_rows" as \(insert into "organisation_health" .*\) select 1 as "one"$/,
            ),
          ]
        : [
            read,
            expect.stringMatching(/^update "engagement_health" set /),
            expect.stringMatching(/^insert into "organisation_health" /),
          ],
    );
    // A message moves no check-in: the row's indexed next check-in time is left as stored.
    expect(health[1]).not.toMatch(/"next_check_in_at"/);
    // PostgreSQL locks the sums as it reads them; SQLite's transaction is the one writer.
    expect(/ for update\) as "o" on true /.test(health[0] ?? "")).toBe(dialect === "postgres");
  });

  async function storedScores() {
    return t.handle.db
      .selectFrom("engagement_health")
      .select(["client_score", "provider_score"])
      .where("engagement_id", "=", w.engagement.id)
      .executeTakeFirst();
  }
});
