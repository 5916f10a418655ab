import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngagementListItem } from "../../src/contracts/engagements";
import {
  summariseEngagement,
  type SummaryFacts,
} from "../../src/domain/engagement/engagement-summary";
import { summaryFactsFromTables } from "../../src/server/kernel/summary-facts";
import { acceptOverdueSubmissions } from "../../src/server/modules/delivery/accept-overdue-submissions";
import {
  answerPayment,
  buildBillingWorld,
  draftInvoice,
  invoicesUrl,
  recordPayment,
  type InvoiceBody,
  type PaymentBody,
} from "../api/billing/billing-fixtures";
import {
  ONE_UNMET,
  evaluate,
  submit,
  type ChangeRequestBody,
  type DeliveryWorld,
  type SubmissionBody,
} from "../api/delivery/delivery-fixtures";
import { bodyOf, type VersionBody } from "../api/proposals-agreements/proposal-fixtures";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

const DAY_MS = 24 * 60 * 60 * 1000;
const PRICE = { effort: { unit: "day", quantity: 2 }, priceMinor: 150_000, scheduleImpactDays: 7 };

/**
 * The list's summaries come from `engagement_summary_facts`, which every write rewrites in its
 * own transaction: after each kind of write, the stored row must equal the facts read from the
 * tables themselves, and the list must show what those facts say.
 */
describe.each(DIALECTS)("an engagement's stored summary facts on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // Signed (draft edited, both signatures, in force); d2 submitted and accepted, d1 ahead.
    w = await buildBillingWorld(t, (terms) => terms, { accept: ["d2"] });
  });
  afterEach(async () => {
    await t.close();
  });

  const stored = async (): Promise<SummaryFacts | undefined> => {
    const row = await t.handle.db
      .selectFrom("engagement_summary_facts")
      .select("facts")
      .where("engagement_id", "=", w.engagementId)
      .executeTakeFirst();
    return row && (JSON.parse(row.facts) as SummaryFacts);
  };
  const fromTables = async (): Promise<SummaryFacts> => {
    const facts = (await summaryFactsFromTables(t.handle.db, [w.engagementId])).get(w.engagementId);
    if (!facts) throw new Error("no facts read");
    // As stored: through JSON, which drops what is undefined.
    return JSON.parse(JSON.stringify(facts)) as SummaryFacts;
  };
  const listed = async (): Promise<EngagementListItem | undefined> =>
    bodyOf<{ engagements: EngagementListItem[] }>(
      await w.client.client.get("/api/v1/engagements"),
    ).engagements.find((e) => e.id === w.engagementId);

  it("equals the facts read from the tables after every kind of write, and the list shows them", async () => {
    const seen: SummaryFacts[] = [];
    const check = async (step: string) => {
      const expected = await fromTables();
      expect(await stored(), step).toEqual(expected);
      expect(seen.at(-1), `${step} changed nothing the list shows`).not.toEqual(expected);
      seen.push(expected);
      const today = t.clock.now().toISOString().slice(0, 10);
      expect((await listed())?.summary, step).toEqual(summariseEngagement(expected, today, null));
    };
    await check("signed, d2 accepted");

    const round = bodyOf<SubmissionBody>(await submit(w, "d1"), 201);
    await check("round submitted");
    bodyOf(await evaluate(w, round.id, ONE_UNMET));
    await check("changes requested");

    const cr = (path = "") => w.url(`/change-requests${path}`);
    const propose = async (title: string) =>
      bodyOf<ChangeRequestBody>(
        await w.provider.client.post(cr(), { title, reason: "Asked for", deliverableIds: ["d1"] }),
        201,
      );
    const declined = await propose("Gift cards");
    await check("change proposed");
    bodyOf(await w.provider.client.post(cr(`/${declined.id}/decline`), { reason: "Not now" }));
    await check("change declined");
    const change = await propose("Extra language");
    bodyOf(await w.provider.client.post(cr(`/${change.id}/price`), PRICE));
    await check("change priced");

    const draft = await draftInvoice(w);
    await check("invoice drafted");
    bodyOf(
      await w.provider.client.request("PUT", invoicesUrl(w, `/${draft.id}`), {
        taxRateBasisPoints: 2000,
      }),
    );
    await check("draft edited");
    bodyOf(await w.provider.client.post(invoicesUrl(w, `/${draft.id}/void`), { reason: "Redo" }));
    await check("draft voided");
    const issued = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${(await draftInvoice(w)).id}/issue`), {}),
    );
    await check("invoice issued");

    const pay = async (amountMinor: number) =>
      bodyOf<PaymentBody>(
        await recordPayment(w, w.client, issued.id, {
          amountMinor,
          currency: "EUR",
          paidOn: issued.issueDate,
        }),
        201,
      );
    const confirmed = await pay(100_000);
    await check("payment recorded");
    bodyOf(await answerPayment(w, w.provider, issued.id, confirmed.id, "confirm"));
    await check("payment confirmed");
    const rejected = await pay(5_000);
    await check("second payment recorded");
    bodyOf(await answerPayment(w, w.provider, issued.id, rejected.id, "reject"));
    await check("payment rejected");
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${issued.id}/credit-notes`), {
        amountMinor: 50_000,
        reason: "Late design files",
      }),
      201,
    );
    await check("credit note issued");

    // Approved under signed amendments: the change is written into a draft both must sign.
    bodyOf(await w.client.client.post(cr(`/${change.id}/approve`)));
    await check("change approved into an amendment");
    const amendment = bodyOf<{ draft: VersionBody | null }>(
      await w.client.client.get(w.url("/agreement")),
    ).draft;
    if (!amendment) throw new Error("no amendment drafted");
    bodyOf(
      await w.client.client.post(w.url(`/agreement/versions/${amendment.version}/sign`), {
        contentHash: amendment.contentHash,
      }),
    );
    await check("amendment signed by one side");
    bodyOf(
      await w.provider.client.post(w.url(`/agreement/versions/${amendment.version}/sign`), {
        contentHash: amendment.contentHash,
        acknowledgedFindings: [],
      }),
    );
    await check("amendment in force");

    const next = bodyOf<SubmissionBody>(await submit(w, "d1"), 201);
    await check("round resubmitted");
    // Past the 10-day review window, within the sessions' 30 days.
    t.clock.set(new Date(t.clock.now().getTime() + 11 * DAY_MS));
    expect(await acceptOverdueSubmissions(t.deps)).toBe(1);
    expect(next.id).toBeTruthy();
    await check("round deemed accepted by the sweeper");
  });

  it("fills a missing row from the tables on the first listing, with the same reply", async () => {
    bodyOf(await submit(w, "d1"), 201);
    const before = await listed();
    await t.handle.db
      .deleteFrom("engagement_summary_facts")
      .where("engagement_id", "=", w.engagementId)
      .execute();
    expect(await stored()).toBeUndefined();
    expect(await listed()).toEqual(before);
    expect(await stored()).toEqual(await fromTables());
  });
});
