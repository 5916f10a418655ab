import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildReviewWorld, signUpModerator, type CaseBody } from "./review-fixtures";

interface Page {
  cases: CaseBody[];
  nextCursor: string | null;
}

/**
 * `GET /moderation/cases` pages the API's one way (`limit`, `cursor`, `nextCursor`), newest
 * first, and still lists only the cases of the caller's organisations.
 */
describe.each(DIALECTS)("my moderation cases page by page on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  /** The client reports three of the provider's messages, a second apart: three cases. */
  async function threeReports(): Promise<string[]> {
    const ids: string[] = [];
    for (const body of ["Your shop is a joke.", "Everyone will hear of this.", "Pay up now."]) {
      const message = bodyOf<{ id: string }>(
        await w.provider.client.post(w.url("/messages"), { thread: "engagement", body }),
        201,
      );
      const reported = bodyOf<CaseBody>(
        await w.client.client.post("/api/v1/moderation/reports", {
          subjectKind: "message",
          subjectId: message.id,
          reason: "Rude and insulting.",
        }),
        201,
      );
      ids.push(reported.id);
      t.clock.advance(1_000);
    }
    return ids;
  }

  it("answers `limit` cases newest first with a cursor to the rest, for both sides", async () => {
    const [oldest, middle, newest] = await threeReports();
    for (const as of [w.client, w.provider]) {
      const first = bodyOf<Page>(await as.client.get("/api/v1/moderation/cases?limit=2"));
      expect(first.cases.map((c) => c.id)).toEqual([newest, middle]);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = bodyOf<Page>(
        await as.client.get(
          `/api/v1/moderation/cases?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`,
        ),
      );
      expect(second).toMatchObject({ cases: [expect.objectContaining({ id: oldest })] });
      expect(second.nextCursor).toBeNull();
    }
    const all = bodyOf<Page>(await w.provider.client.get("/api/v1/moderation/cases"));
    expect(all.cases.map((c) => c.viewerRole)).toEqual(["accused", "accused", "accused"]);
    expect(all.nextCursor).toBeNull();
    const mine = bodyOf<Page>(await w.client.client.get("/api/v1/moderation/cases?limit=3"));
    expect(mine.cases.map((c) => c.viewerRole)).toEqual([
      "complainant",
      "complainant",
      "complainant",
    ]);
    expect(mine.nextCursor).toBeNull();
  });

  it("keeps others' cases out and refuses a bad page with a localised 400", async () => {
    await threeReports();
    const outsider = await signUpPerson(t.app, "Otto");
    expect(bodyOf<Page>(await outsider.client.get("/api/v1/moderation/cases"))).toEqual({
      cases: [],
      nextCursor: null,
    });
    const mona = await signUpModerator(t, "Mona");
    expect(bodyOf<Page>(await mona.client.get("/api/v1/moderation/cases?limit=1"))).toEqual({
      cases: [],
      nextCursor: null,
    });
    for (const query of ["limit=0", "limit=201", "limit=two", "cursor=not-a-cursor"]) {
      expectError(
        await w.client.client.get(`/api/v1/moderation/cases?${query}`),
        400,
        "validation_failed",
      );
    }
  });
});
