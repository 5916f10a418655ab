import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngagementArchive } from "../../src/contracts/archive";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type TestApp } from "../support/test-app";
import { addMember, buildAcceptedEngagement, expectError } from "./api-fixtures";
import { buildBillingWorld, issuedInvoice, type InvoiceBody } from "./billing/billing-fixtures";
import { postMessage } from "./collaboration/collaboration-fixtures";
import type { DeliveryWorld } from "./delivery/delivery-fixtures";

describe.each(DIALECTS)("the engagement archive on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let invoice: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t);
    invoice = await issuedInvoice(w);
    await postMessage(t, w.client, w.engagementId, "Thanks, the design system looks right.");
  });
  afterEach(async () => {
    await t.close();
  });

  const archiveUrl = () => `/api/v1/engagements/${w.engagementId}/archive`;

  it("either side downloads one file holding the agreement, invoices, messages and ledger", async () => {
    const events = (
      await w.client.client.get(`/api/v1/engagements/${w.engagementId}/events`)
    ).json<{ events: { hash: string }[] }>().events;
    for (const side of [w.client, w.provider]) {
      const response = await side.client.get(archiveUrl());

      expect(response.statusCode, response.body).toBe(200);
      const date = t.clock.now().toISOString().slice(0, 10);
      expect(response.headers["content-disposition"]).toMatch(
        new RegExp(`^attachment; filename="accord-[a-z0-9-]+-${date}\\.json"$`),
      );
      const archive = response.json<EngagementArchive>();
      expect(archive.format).toBe("accord-archive/1");
      expect(archive.engagement.id).toBe(w.engagementId);
      const signed = archive.agreementVersions.find((v) => v.status === "in_force");
      expect(signed?.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(signed?.signatures.length).toBe(2);
      expect(archive.delivery.deliverables.map((d) => d.id).sort()).toEqual(["d1", "d2"]);
      expect(archive.invoices.map((i) => [i.id, i.totalMinor])).toEqual([
        [invoice.id, invoice.totalMinor],
      ]);
      const thread = archive.threads.find((th) => th.thread === "engagement");
      expect(thread?.messages.map((m) => m.body)).toEqual([
        "Thanks, the design system looks right.",
      ]);
      expect(archive.ledger.format).toBe("accord-ledger/1");
      expect(archive.ledger.events.map((e) => e.hash)).toEqual(events.map((e) => e.hash));
      expect(archive.exit).toBeNull();
    }
  });

  it("a viewer of either organisation may download it too", async () => {
    const viewer = await signUpPerson(t.app, "Vera");
    await addMember(t, w.provider, w.providerOrg, viewer, "viewer");

    const response = await viewer.client.get(archiveUrl());

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<EngagementArchive>().invoices).toHaveLength(1);
  });

  it("another organisation gets not found, as if the engagement did not exist", async () => {
    const other = await buildAcceptedEngagement(t);
    for (const outsider of [other.client, other.provider]) {
      expectError(await outsider.client.get(archiveUrl()), 404, "not_found");
    }
  });
});
