import { afterEach, describe, expect, it } from "vitest";
import { acceptOverdueSubmissions } from "../../src/server/modules/delivery/accept-overdue-submissions";
import { DAY_MS } from "../api/api-fixtures";
import { bodyOf } from "../api/proposals-agreements/proposal-fixtures";
import { buildDeliveryWorld, submit } from "../api/delivery/delivery-fixtures";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("deemed acceptance swept by several processes on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("applies each transition once, however many sweepers race", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    const w = await buildDeliveryWorld(t, (terms) => {
      const [first] = terms.deliverables;
      if (!first) throw new Error("the fixture has no deliverable");
      return {
        ...terms,
        // Four rounds on the first milestone; the others keep their own deliverables.
        deliverables: [
          ...["d1", "d2", "d3", "d4"].map((id) => ({ ...first, id, title: id })),
          ...terms.deliverables
            .filter((d) => d.milestoneId !== first.milestoneId)
            .map((d, index) => ({ ...d, id: `other${index}` })),
        ],
      };
    });
    for (const id of ["d1", "d2", "d3", "d4"]) bodyOf(await submit(w, id), 201);
    t.clock.advance(10 * DAY_MS);

    // Each sweeper is a process of its own: its own deps, sharing only the database.
    const sweepers = Array.from({ length: 4 }, () => ({ ...app.deps }));
    const accepted = await Promise.all(sweepers.map((deps) => acceptOverdueSubmissions(deps)));
    expect(accepted.reduce((sum, n) => sum + n, 0)).toBe(4);

    const events = await t.deps.db
      .selectFrom("engagement_events")
      .select(["type", "payload"])
      .where("engagement_id", "=", w.engagementId)
      .execute();
    const deemed = events.filter((e) => e.type === "deliverable.deemed_accepted");
    expect(deemed).toHaveLength(4);
    expect(
      new Set(deemed.map((e) => (JSON.parse(e.payload) as { submissionId: string }).submissionId))
        .size,
    ).toBe(4);
    expect(events.filter((e) => e.type === "milestone.accepted")).toHaveLength(1);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(0);
  });
});
