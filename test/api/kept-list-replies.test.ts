import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app";
import { createDeps } from "../../src/server/create-deps";
import { markEndedAmicably } from "../../src/server/modules/exits/exits.repository";
import { acceptOverdueSubmissions } from "../../src/server/modules/delivery/accept-overdue-submissions";
import { addMember, startEngagement } from "./api-fixtures";
import {
  answerPayment,
  buildBillingWorld,
  draftInvoice,
  invoicesUrl,
  recordPayment,
  signInAgain,
  type InvoiceBody,
  type PaymentBody,
} from "./billing/billing-fixtures";
import { postMessage } from "./collaboration/collaboration-fixtures";
import {
  ONE_UNMET,
  evaluate,
  submit,
  type ChangeRequestBody,
  type DeliveryWorld,
  type SubmissionBody,
} from "./delivery/delivery-fixtures";
import { bodyOf } from "./proposals-agreements/proposal-fixtures";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";

const DAY_MS = 24 * 60 * 60 * 1000;
const PRICE = { effort: { unit: "day", quantity: 2 }, priceMinor: 150_000, scheduleImpactDays: 7 };

/**
 * The engagement list's first pages are kept per process, keyed by the listed organisations'
 * list versions, which triggers change in every write's transaction (migration 0029). After
 * every kind of write the app makes, each reader's kept reply must be byte for byte the reply
 * worked out afresh; a trigger missing makes some step serve the reply from before it.
 */
describe.each(DIALECTS)("kept engagement list replies on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let colleague: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildBillingWorld(t, (terms) => ({ ...terms, noticePeriodDays: 2 }), {
      accept: ["d2"],
    });
    colleague = await signUpPerson(t.app, "Colette");
    await addMember(t, w.client, w.clientOrg, colleague, "member");
  });
  afterEach(async () => {
    await t.close();
  });

  const QUERIES = ["", "?limit=1", "?status=active", "?status=pending"];
  const readers = () => [w.client, w.provider, colleague];
  const listing = (person: Person, query: string) =>
    person.client.get(`/api/v1/engagements${query}`);
  const withoutKeeping = async <T>(read: () => Promise<T>): Promise<T> => {
    const kept = t.deps.listReplies;
    t.deps.listReplies = null;
    try {
      return await read();
    } finally {
      t.deps.listReplies = kept;
    }
  };

  /** Every reader's lists, kept against afresh; reading them keeps them for the next step. */
  const check = async (step: string) => {
    for (const person of readers()) {
      for (const query of [...QUERIES, `?orgId=${w.clientOrg.id}`]) {
        if (query.startsWith("?orgId") && person === w.provider) continue;
        const kept = await listing(person, query);
        const fresh = await withoutKeeping(() => listing(person, query));
        const where = `${step}: ${person.name} ${query}`;
        expect(fresh.statusCode, where).toBe(200);
        expect(kept.statusCode, where).toBe(200);
        expect(kept.headers["content-type"], where).toBe(fresh.headers["content-type"]);
        expect(kept.body, where).toBe(fresh.body);
        // Served from what was kept, the same again.
        expect((await listing(person, query)).body, where).toBe(fresh.body);
      }
    }
  };

  it("serves every reader after every kind of write the same bytes as worked out afresh", async () => {
    await check("signed, d2 accepted");
    expect(t.deps.listReplies?.size.entries).toBeGreaterThan(0);

    const round = bodyOf<SubmissionBody>(await submit(w, "d1"), 201);
    await check("round submitted");
    bodyOf(await evaluate(w, round.id, ONE_UNMET));
    await check("changes requested");

    const cr = (path = "") => w.url(`/change-requests${path}`);
    const change = bodyOf<ChangeRequestBody>(
      await w.provider.client.post(cr(), {
        title: "Extra language",
        reason: "Asked for",
        deliverableIds: ["d1"],
      }),
      201,
    );
    await check("change proposed");
    bodyOf(await w.provider.client.post(cr(`/${change.id}/price`), PRICE));
    await check("change priced");

    const draft = await draftInvoice(w);
    await check("invoice drafted");
    const issued = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}),
    );
    await check("invoice issued");
    const payment = bodyOf<PaymentBody>(
      await recordPayment(w, w.client, issued.id, {
        amountMinor: 50_000,
        currency: "EUR",
        paidOn: issued.issueDate,
      }),
      201,
    );
    await check("payment recorded");
    bodyOf(await answerPayment(w, w.provider, issued.id, payment.id, "confirm"));
    await check("payment confirmed");

    const versions = () =>
      t.handle.db
        .selectFrom("organisations")
        .select(["id", "list_version"])
        .where("id", "in", [w.clientOrg.id, w.providerOrg.id])
        .orderBy("id")
        .execute();
    const beforeMessage = await versions();
    await postMessage(t, w.client, w.engagementId, "Thanks for the quick turnaround");
    // Nothing a list shows: the triggers cost posting a message nothing, and the lists stay kept.
    expect(await versions()).toEqual(beforeMessage);
    await check("message posted");

    // Nothing written: the day after the invoice's due day, the open money is overdue.
    if (!issued.dueDate) throw new Error("the issued invoice has no due date");
    t.clock.set(new Date(Date.parse(`${issued.dueDate}T12:00:00.000Z`) + DAY_MS));
    await signInAgain(w.client, w.provider, colleague);
    await check("past the invoice's due day");

    const next = bodyOf<SubmissionBody>(await submit(w, "d1"), 201);
    await check("round resubmitted");
    t.clock.set(new Date(t.clock.now().getTime() + 11 * DAY_MS));
    await signInAgain(w.client, w.provider, colleague);
    expect(await acceptOverdueSubmissions(t.deps)).toBe(1);
    expect(next.id).toBeTruthy();
    await check("round deemed accepted by the sweeper");

    const colleagueMembership = `/api/v1/orgs/${w.clientOrg.id}/members/${colleague.userId}`;
    bodyOf(await w.client.client.patch(colleagueMembership, { role: "viewer" }));
    await check("the colleague made a viewer");

    const proposed = await startEngagement(w.provider, w.providerOrg, "someone@example.test");
    await check("an engagement proposed");
    bodyOf(await w.provider.client.post(`/api/v1/engagements/${proposed.id}/withdraw`));
    await check("the proposal withdrawn");

    // The app has no rename yet; the trigger keeps the lists right for whatever renames.
    await t.handle.db
      .updateTable("organisations")
      .set({ name: "Renamed Provider" })
      .where("id", "=", w.providerOrg.id)
      .execute();
    await check("the provider renamed");

    const exit = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    await check("notice given");
    // As the exit's settlement does once it is paid and handed over (`endExitIfAmicable`).
    await markEndedAmicably(t.deps.db, exit.id, t.clock.now().toISOString(), true);
    await check("the exit ended amicably");
    t.clock.set(new Date(t.clock.now().getTime() + 3 * DAY_MS));
    await signInAgain(w.client, w.provider, colleague);
    await check("past the exit's date");
  });

  it("serves the list afresh once notice without a period ends the engagement at once", async () => {
    const ending = await buildBillingWorld(t, (terms) => ({ ...terms, noticePeriodDays: 0 }));
    // A change waits on the provider until the exit ends the engagement.
    bodyOf(
      await ending.provider.client.post(ending.url("/change-requests"), {
        title: "Extra language",
        reason: "Asked for",
        deliverableIds: ["d1"],
      }),
      201,
    );
    const listed = () => listing(ending.client, "").then((r) => r.body);
    const before = await listed();
    bodyOf(await ending.provider.client.post(ending.url("/exit"), { reason: "notice" }), 201);
    const after = await listed();
    expect(after).not.toBe(before);
    expect(await withoutKeeping(listed)).toBe(after);
  });

  it("shows a write made through another process in this one's next list", async () => {
    const other = await secondInstance(t);
    try {
      const here = (person: Person) => listing(person, "").then((r) => r.body);
      const there = (person: Person) =>
        person.client
          .copyFor(other.app)
          .get("/api/v1/engagements")
          .then((r) => r.body);
      const before = await here(w.client);
      expect(await there(w.client)).toBe(before);
      // Written through the other process: each kept the reply from before.
      bodyOf(await submit(w, "d1", {}, copyPerson(w.provider, other.app)), 201);
      const after = await here(w.client);
      expect(after).not.toBe(before);
      expect(await there(w.client)).toBe(after);
      expect(await withoutKeeping(() => listing(w.client, "").then((r) => r.body))).toBe(after);
    } finally {
      await other.app.close();
    }
  });
});

function copyPerson(person: Person, app: FastifyInstance): Person {
  return { ...person, client: person.client.copyFor(app) };
}

/** Another Accord process on the same database, with a list cache of its own. */
async function secondInstance(t: TestApp): Promise<{ app: FastifyInstance }> {
  const deps = createDeps(
    { db: t.deps.db, dialect: t.deps.dialect, description: "shared", close: async () => {} },
    {
      publicUrl: "http://accord.test",
      signingSecret: "test-signing-secret",
      mail: "outbox",
      clock: t.clock,
      filesDirectory: t.filesDirectory,
    },
  );
  const app = await buildApp(deps, {});
  await app.ready();
  return { app };
}
