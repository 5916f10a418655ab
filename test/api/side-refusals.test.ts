import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../support/databases";
import type { TestApp } from "../support/test-app";
import { worldCopies } from "../support/world-copies";
import { expectError } from "./api-fixtures";
import {
  buildDeliveryWorld,
  ONE_UNMET,
  submit,
  type DeliveryWorld,
} from "./delivery/delivery-fixtures";
import { bodyOf } from "./proposals-agreements/proposal-fixtures";

/**
 * A step that belongs to the other side of the engagement is refused with a 403 that says whose
 * step it is. An owner refused it was told "Your role in this organisation does not allow this
 * action", which sent them to look for a role that would not have helped.
 */
describe.each(DIALECTS)("refusals of the other side's steps on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  const world = worldCopies(dialect, (built) => buildDeliveryWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const ROLE = /role/i;

  it("tells the client's owner that handing in work is the provider's step", async () => {
    const refused = expectError(await submit(w, "d1", {}, w.client), 403, "forbidden");
    expect(refused.message).not.toMatch(ROLE);
    expect(refused.message).toMatch(/provider/i);
  });

  it("tells the provider's owner that evaluating a round is the client's step, in their language", async () => {
    const round = bodyOf<{ id: string }>(await submit(w, "d1"), 201);
    bodyOf(await w.provider.client.request("PATCH", "/api/v1/me", { locale: "fr" }));
    const refused = expectError(
      await w.provider.client.post(w.url(`/submissions/${round.id}/evaluation`), ONE_UNMET),
      403,
      "forbidden",
    );
    expect(refused.message).not.toMatch(/rôle/i);
    expect(refused.message).toMatch(/client/i);
  });

  it("tells the client's owner that invoicing is the provider's step", async () => {
    const refused = expectError(
      await w.client.client.post(w.url("/invoices"), { source: { kind: "manual" }, lines: [] }),
      403,
      "forbidden",
    );
    expect(refused.message).not.toMatch(ROLE);
    expect(refused.message).toMatch(/provider/i);
  });
});
