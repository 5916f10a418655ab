import { afterEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../src/server/sweeper";
import { DAY_MS } from "../api/api-fixtures";
import { buildDeliveryWorld, delivery, submit } from "../api/delivery/delivery-fixtures";
import { bodyOf } from "../api/proposals-agreements/proposal-fixtures";
import { startSmtpPeer } from "../support/smtp-peer";
import { buildTestApp, type TestApp } from "../support/test-app";

describe("the sweeper", () => {
  let t: TestApp | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>> | undefined;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
  });

  it("applies due transitions, then sends the mail they caused in the same sweep", async () => {
    smtp = await startSmtpPeer();
    const app = await buildTestApp("sqlite", { mail: smtp.url });
    t = app;
    const w = await buildDeliveryWorld(app);
    bodyOf(await submit(w), 201);
    await sweepDueWork(app.deps);
    const before = smtp.received.length;

    app.clock.advance(10 * DAY_MS);
    await sweepDueWork(app.deps);
    expect((await delivery(w)).deliverables[0]?.status).toBe("deemed_accepted");
    const told = smtp.received.slice(before).filter((m) => m.subject?.includes("review window"));
    expect(told.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort()).toEqual(
      [w.client.email, w.provider.email].sort(),
    );
  });
});
