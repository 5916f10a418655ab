import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngagementListItem } from "../../../src/contracts/engagements";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { startEngagement, uniqueEmail } from "../api-fixtures";
import {
  buildBillingWorld,
  issuedInvoice,
  recordPayment,
  type PaymentBody,
} from "../billing/billing-fixtures";
import { submit, type DeliveryWorld, type SubmissionBody } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ListBody {
  engagements: EngagementListItem[];
  nextCursor: string | null;
}

async function list(person: Person, query = ""): Promise<ListBody> {
  return bodyOf<ListBody>(await person.client.get(`/api/v1/engagements?${query}`));
}

/** Every page of a list, `limit` at a time, following `nextCursor`. */
async function allPages(person: Person, query: string): Promise<EngagementListItem[]> {
  const rows: EngagementListItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(person, `${query}&limit=1${cursor ? `&cursor=${cursor}` : ""}`);
    rows.push(...page.engagements);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return rows;
}

const titles = (rows: EngagementListItem[]) => rows.map((row) => row.title);

describe.each(DIALECTS)("the engagement list at a glance on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // m1 (deliverable d2) accepted, m2 (d1) ahead; two more engagements wait for an answer.
    w = await buildBillingWorld(t, (terms) => terms, { accept: ["d2"] });
    await startEngagement(w.client, w.clientOrg, uniqueEmail("zoe"), "zulu Rebrand");
    await startEngagement(w.client, w.clientOrg, uniqueEmail("al"), "Alpha 50%_off audit");
  });
  afterEach(async () => {
    await t.close();
  });

  it("shows per row the milestones accepted, money open, the next deadline and whose turn it is", async () => {
    const invoice = await issuedInvoice(w);
    const round = bodyOf<SubmissionBody>(await submit(w, "d1"), 201);
    const payment = bodyOf<PaymentBody>(
      await recordPayment(w, w.client, invoice.id, {
        amountMinor: 1000,
        currency: "EUR",
        paidOn: invoice.issueDate,
      }),
      201,
    );
    expect(payment.status).toBe("recorded");

    const row = (await list(w.client)).engagements.find((e) => e.id === w.engagementId);
    expect(row?.summary).toEqual({
      milestones: { accepted: 1, total: 2, nextDueDate: expect.any(String) as string },
      // A payment awaiting the provider's confirmation is not money received yet.
      moneyOpen: [{ minor: invoice.totalMinor, currency: "EUR" }],
      isOverdue: false,
      nextDeadline: { kind: "review_ends", at: round.reviewDueAt },
      waiting: [
        { side: "client", kind: "evaluate_round", count: 1 },
        { side: "provider", kind: "confirm_payment", count: 1 },
      ],
    });
    const pending = (await list(w.client)).engagements.find((e) => e.title === "zulu Rebrand");
    expect(pending?.summary).toEqual({
      milestones: { accepted: 0, total: 0, nextDueDate: null },
      moneyOpen: [],
      isOverdue: false,
      nextDeadline: null,
      waiting: [],
    });
  });

  it("sorts by title and by the soonest deadline, page by page", async () => {
    const byTitle = await allPages(w.client, "sort=title");
    const expected = titles(byTitle).toSorted((a, b) =>
      a.toLowerCase().localeCompare(b.toLowerCase()),
    );
    expect(byTitle).toHaveLength(3);
    expect(titles(byTitle)).toEqual(expected);

    // Without a deadline the engagement sorts with the others, last; an invoice gives it one.
    await issuedInvoice(w);
    const byDeadline = await allPages(w.client, "sort=deadline");
    expect(byDeadline.map((row) => row.id)[0]).toBe(w.engagementId);
    expect(byDeadline).toHaveLength(3);

    const newest = await allPages(w.client, "sort=newest");
    const created = newest.map((row) => row.createdAt);
    expect(created).toEqual(created.toSorted().reverse());
    expect(newest).toHaveLength(3);
  });

  it("finds words in the title or the other side's name, in any case, wildcards taken literally", async () => {
    expect(titles((await list(w.client, "q=ZULU")).engagements)).toEqual(["zulu Rebrand"]);
    expect(titles((await list(w.client, "q=50%25_")).engagements)).toEqual(["Alpha 50%_off audit"]);
    expect(titles((await list(w.client, "q=0%25")).engagements)).toEqual(["Alpha 50%_off audit"]);
    expect((await list(w.client, "q=5_")).engagements).toEqual([]);
    const byName = await list(
      w.client,
      `q=${encodeURIComponent(w.providerOrg.name.toUpperCase())}`,
    );
    expect(byName.engagements.map((row) => row.id)).toEqual([w.engagementId]);
  });

  it("keeps the engagements where something waits on us, or on them", async () => {
    expect((await list(w.client, "waitingOn=us")).engagements).toEqual([]);
    expect((await list(w.provider, "waitingOn=them")).engagements).toEqual([]);

    bodyOf(await submit(w, "d1"), 201);
    const clientTurn = await list(w.client, "waitingOn=us&sort=deadline");
    expect(clientTurn.engagements.map((row) => row.id)).toEqual([w.engagementId]);
    const providerSees = await list(w.provider, "waitingOn=them");
    expect(providerSees.engagements.map((row) => row.id)).toEqual([w.engagementId]);
    expect((await list(w.provider, "waitingOn=us")).engagements).toEqual([]);
  });

  it("refuses a cursor of another order", async () => {
    const page = await list(w.client, "sort=title&limit=1");
    expect(page.nextCursor).not.toBeNull();
    const response = await w.client.client.get(
      `/api/v1/engagements?sort=newest&cursor=${page.nextCursor ?? ""}`,
    );
    expect(response.statusCode).toBe(400);
  });
});
