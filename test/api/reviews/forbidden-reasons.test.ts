import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { buildReviewWorld, caseFromSentThreat, caseUrl, roundsSeenBy } from "./review-fixtures";

/**
 * A refusal says why. An owner refused a step that is not their organisation's to take was told
 * "Your role in this organisation does not allow this action", which sent them to look for a
 * role that would not have helped: the step belongs to a moderator, the accused or the reviewed.
 */
describe.each(DIALECTS)("refusals that name who may act on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let caseId: string;
  const world = worldCopies(dialect, async (built) => {
    const w = await buildReviewWorld(built);
    const caseId = await caseFromSentThreat(w);
    return { w, caseId };
  });
  beforeEach(async () => {
    let copied: { w: DeliveryWorld; caseId: string };
    ({ t, w: copied } = await world.copy());
    ({ w, caseId } = copied);
  });
  afterEach(async () => {
    await t.close();
  });

  const ROLE = /role/i;

  it("tells the reviewer that only the reviewed side replies", async () => {
    const own = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.isMine)!;
    const refused = expectError(
      await w.client.client.post(w.url(`/reviews/${own.id}/reply`), { body: "Also me." }),
      403,
      "forbidden",
    );
    expect(refused.message).not.toMatch(ROLE);
    expect(refused.message).toMatch(/reviewed/i);
  });

  it("tells an owner that deciding and the queue are for moderators", async () => {
    const queue = expectError(
      await w.client.client.get("/api/v1/moderation/queue"),
      403,
      "forbidden",
    );
    expect(queue.message).not.toMatch(ROLE);
    expect(queue.message).toMatch(/moderator/i);
    const decided = expectError(
      await w.provider.client.post(caseUrl(caseId, "/decision"), {
        decision: "no_action",
        reason: "We decide our own case.",
      }),
      403,
      "forbidden",
    );
    expect(decided.message).toMatch(/moderator/i);
  });

  it("tells the complainant that only the accused answers the notice", async () => {
    const refused = expectError(
      await w.client.client.post(caseUrl(caseId, "/response"), { response: "Me too." }),
      403,
      "forbidden",
    );
    expect(refused.message).not.toMatch(ROLE);
    expect(refused.message).toMatch(/accused/i);
  });
});
