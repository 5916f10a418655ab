import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "../../src/contracts/pagination";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { createOrg, expectError } from "./api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "./delivery/delivery-fixtures";
import {
  bodyOf,
  buildProposalWorld,
  publishBrief,
  submittedProposal,
} from "./proposals-agreements/proposal-fixtures";

interface Page {
  nextCursor: string | null;
  [list: string]: unknown;
}

/** Reads a list page by page with `limit` and `cursor`, as an integrator would. */
async function walk(client: TestClient, url: string, key: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = url.includes("?") ? "&" : "?";
    const page: Page = bodyOf<Page>(
      await client.get(
        `${url}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      ),
    );
    const items = page[key] as { id: string }[];
    expect(items.length).toBeLessThanOrEqual(limit);
    ids.push(...items.map((item) => item.id));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  return { ids, pages };
}

describe.each(DIALECTS)("one API for integrators on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("pages briefs, proposals, invoices and change requests with cursor and nextCursor", async () => {
    const w = await buildProposalWorld(t);
    await publishBrief(w.client, w.clientOrg.id);
    await publishBrief(w.client, w.clientOrg.id);
    const briefsUrl = `/api/v1/briefs?orgId=${w.clientOrg.id}`;
    const whole = bodyOf<{ briefs: { id: string }[] }>(await w.client.client.get(briefsUrl));
    expect(whole.briefs).toHaveLength(3);

    const paged = await walk(w.client.client, briefsUrl, "briefs", 2);

    expect(paged).toEqual({ ids: whole.briefs.map((b) => b.id), pages: 2 });
    const own = await walk(
      w.provider.client,
      `/api/v1/proposals?orgId=${w.providerOrg.id}`,
      "proposals",
      1,
    );
    expect(own).toEqual({ ids: [], pages: 1 });
    await submittedProposal(w);
    // A provider has one open proposal to a brief: the second comes from another provider.
    const rival = await signUpPerson(t.app, "Rita");
    await submittedProposal({
      ...w,
      provider: rival,
      providerOrg: await createOrg(rival, "provider"),
    });
    const toBrief = await walk(
      w.client.client,
      `/api/v1/briefs/${w.brief.id}/proposals`,
      "proposals",
      1,
    );
    expect(toBrief.ids).toHaveLength(2);
    expect(toBrief.pages).toBe(2);

    expectError(
      await w.client.client.get(`${briefsUrl}&cursor=not-a-cursor`),
      400,
      "validation_failed",
    );
    const tooMany = expectError(
      await w.client.client.get(`${briefsUrl}&limit=${MAX_PAGE_SIZE + 1}`),
      400,
      "validation_failed",
    );
    expect(tooMany.fields?.[0]).toMatchObject({ path: "limit", code: "too_big" });
  });

  it("pages an engagement's invoices and change requests the same way", async () => {
    const w: DeliveryWorld = await buildDeliveryWorld(t);
    for (const title of ["Extra page", "Another page", "A third page"]) {
      bodyOf(
        await w.client.client.post(w.url("/change-requests"), {
          title,
          reason: "Please add it",
          deliverableIds: [],
        }),
        201,
      );
    }
    const changes = await walk(w.client.client, w.url("/change-requests"), "changeRequests", 2);
    expect(changes.ids).toHaveLength(3);
    expect(changes.pages).toBe(2);
    const invoices = await walk(w.provider.client, w.url("/invoices"), "invoices", 5);
    expect(invoices).toEqual({ ids: [], pages: 1 });
  });

  it("pages messages and notifications with cursor, and still reads the old `before`", async () => {
    const w = await buildDeliveryWorld(t);
    for (const body of ["One", "Two", "Three"]) {
      bodyOf(await w.client.client.post(w.url("/messages"), { thread: "engagement", body }), 201);
    }
    const messages = await walk(
      w.provider.client,
      w.url("/messages?thread=engagement"),
      "messages",
      2,
    );
    expect(messages.ids).toHaveLength(3);
    expect(messages.pages).toBe(2);
    const first = bodyOf<Page>(await w.provider.client.get(w.url("/messages?limit=2")));
    const older = bodyOf<{ messages: { id: string }[] }>(
      await w.provider.client.get(w.url(`/messages?limit=2&before=${first.nextCursor}`)),
    );
    expect(older.messages.map((m) => m.id)).toEqual(messages.ids.slice(2));
    const notified = await walk(w.provider.client, "/api/v1/notifications", "notifications", 2);
    expect(notified.ids.length).toBeGreaterThanOrEqual(3);
    expectError(
      await w.provider.client.get("/api/v1/notifications?cursor=nonsense"),
      400,
      "validation_failed",
    );
  });

  it("answers the accepted proposal with the engagement it started", async () => {
    const w = await buildProposalWorld(t);
    const submitted = await submittedProposal(w);

    const accepted = bodyOf<{
      id: string;
      status: string;
      engagementId: string;
      engagement: { id: string; status: string; mySide: string; title: string };
    }>(await w.client.client.post(`/api/v1/proposals/${submitted.id}/accept`));

    expect(accepted.id).toBe(submitted.id);
    expect(accepted.status).toBe("accepted");
    expect(accepted.engagement).toMatchObject({
      id: accepted.engagementId,
      status: "active",
      mySide: "client",
      title: w.brief.title,
    });
  });

  it("limits sign-ups per hour as configured", async () => {
    const limited = await buildTestApp(dialect, { signupsPerHour: 2 });
    try {
      await signUpPerson(limited.app, "First");
      await signUpPerson(limited.app, "Second");
      const third = await new TestClient(limited.app).post("/api/v1/auth/signup", {
        email: "third@example.test",
        password: "correct horse battery",
        name: "Third",
        locale: "en",
      });
      expectError(third, 429, "rate_limited");
    } finally {
      await limited.close();
    }
  });
});
