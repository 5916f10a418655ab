import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/server/modules/billing/send-due-reminders";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError, expectErrorAt, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  buildBillingWorld,
  draftInvoice,
  invoice,
  invoicesUrl,
  issuedInvoice,
  signInAgain,
  type InvoiceBody,
} from "./billing-fixtures";

describe.each(DIALECTS)("invoices on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildBillingWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("drafts from an accepted milestone at the agreed amount, then issues it numbered and dated", async () => {
    const draft = await draftInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
      note: "Thank you",
    });
    expect(draft).toMatchObject({
      status: "draft",
      number: null,
      source: { kind: "milestone", ref: "m1" },
      currency: "EUR",
      subtotalMinor: 400_000,
      taxMinor: 80_000,
      totalMinor: 480_000,
      issueDate: null,
      dueDate: null,
    });
    expect(draft.lines).toEqual([
      {
        position: 1,
        description: "Design",
        quantityMilli: 1000,
        unitPriceMinor: 400_000,
        taxRateBasisPoints: 2000,
        netMinor: 400_000,
      },
    ]);
    // A draft is the provider's: the client neither lists nor opens it, and it is not recorded.
    expect(
      bodyOf<{ invoices: InvoiceBody[] }>(await w.client.client.get(invoicesUrl(w))).invoices,
    ).toEqual([]);
    expectError(await w.client.client.get(invoicesUrl(w, `/${draft.id}`)), 404, "not_found");
    expect((await events()).map((e) => e.type)).not.toContain("invoice.issued");

    const issued = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}),
    );
    expect(issued).toMatchObject({
      status: "issued",
      issueDate: "2026-11-22",
      dueDate: "2026-12-22",
      isLateInterestAgreed: true,
      outstandingMinor: 480_000,
      isOverdue: false,
    });
    expect(issued.number).toMatch(/^[A-Z0-9]+-0001$/);
    expect(issued.reminders.map((r) => [r.offsetDays, r.dueOn, r.status])).toEqual([
      [-7, "2026-12-15", "pending"],
      [-1, "2026-12-21", "pending"],
      [1, "2026-12-23", "pending"],
      [7, "2026-12-29", "pending"],
      [14, "2027-01-05", "pending"],
    ]);
    expect((await invoice(w, draft.id, w.client)).number).toBe(issued.number);
    const last = (await events()).at(-1);
    expect(last).toMatchObject({
      type: "invoice.issued",
      payload: { invoiceId: draft.id, number: issued.number, totalMinor: 480_000 },
    });

    const second = await issuedInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } });
    expect(second.number?.endsWith("-0002")).toBe(true);
  });

  it("invoices a milestone once, and again only after voiding that invoice", async () => {
    const first = await issuedInvoice(w);
    const refused = expectErrorAt(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "milestone", milestoneId: "m1" },
      }),
      409,
      "invoice_source_already_invoiced",
      "source.milestoneId",
    );
    expect(refused.message).toContain(first.number);
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${first.id}/void`), { reason: " " }),
      400,
      "validation_failed",
    );
    const voided = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${first.id}/void`), {
        reason: "Sent to the wrong department",
      }),
    );
    expect(voided).toMatchObject({
      status: "void",
      voidReason: "Sent to the wrong department",
      outstandingMinor: 0,
    });
    expect(voided.reminders.every((r) => r.status === "cancelled")).toBe(true);
    expect((await events()).at(-1)).toMatchObject({
      type: "invoice.voided",
      payload: { number: first.number, reason: "Sent to the wrong department" },
    });
    const again = await issuedInvoice(w);
    // The void invoice keeps its number: the sequence has no gap.
    expect(again.number?.endsWith("-0002")).toBe(true);
  });

  it("refuses a milestone not yet accepted, and one the agreement does not have", async () => {
    const t2 = await buildTestApp(dialect);
    try {
      const fresh = await buildBillingWorld(t2, undefined, { accept: ["d1"] });
      expectErrorAt(
        await fresh.provider.client.post(invoicesUrl(fresh), {
          source: { kind: "milestone", milestoneId: "m1" },
        }),
        409,
        "milestone_not_accepted",
        "source.milestoneId",
      );
      expectErrorAt(
        await fresh.provider.client.post(invoicesUrl(fresh), {
          source: { kind: "milestone", milestoneId: "m9" },
        }),
        422,
        "milestone_unknown",
        "source.milestoneId",
      );
      expectError(
        await fresh.provider.client.post(invoicesUrl(fresh), {
          source: { kind: "retainer", periodStart: "2026-12-01" },
        }),
        422,
        "not_a_retainer",
      );
    } finally {
      await t2.close();
    }
  });

  it("takes manual lines, names every bad field, and edits only drafts", async () => {
    const refused = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "manual" },
        lines: [],
      }),
      422,
      "invoice_lines_invalid",
    );
    expect(refused.fields?.map((f) => [f.path, f.code])).toEqual([
      ["lines", "invoice_lines_missing"],
    ]);
    const badBody = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "manual" },
        lines: [{ description: "", quantityMilli: 1.5, unitPriceMinor: -1 }],
      }),
      400,
      "validation_failed",
    );
    expect(badBody.fields?.map((f) => f.path).sort()).toEqual([
      "lines.0.description",
      "lines.0.quantityMilli",
      "lines.0.unitPriceMinor",
    ]);
    expectErrorAt(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "milestone", milestoneId: "m1" },
        lines: [{ description: "Extra", quantityMilli: 1000, unitPriceMinor: 100 }],
      }),
      422,
      "invoice_lines_fixed_by_source",
      "lines",
    );

    const draft = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [
        {
          description: "Hosting, December",
          quantityMilli: 1000,
          unitPriceMinor: 4_900,
          taxRateBasisPoints: 2000,
        },
        { description: "Support hours", quantityMilli: 2500, unitPriceMinor: 8_000 },
      ],
    });
    expect(draft).toMatchObject({ subtotalMinor: 24_900, taxMinor: 980, totalMinor: 25_880 });
    expect(draft.taxGroups).toEqual([
      { rateBasisPoints: 0, netMinor: 20_000, taxMinor: 0 },
      { rateBasisPoints: 2000, netMinor: 4_900, taxMinor: 980 },
    ]);
    const edited = bodyOf<InvoiceBody>(
      await w.provider.client.request("PUT", invoicesUrl(w, `/${draft.id}`), {
        taxRateBasisPoints: 1000,
        note: "Net 30",
      }),
    );
    expect(edited).toMatchObject({ totalMinor: 27_390, note: "Net 30" });
    bodyOf(await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}));
    expectError(
      await w.provider.client.request("PUT", invoicesUrl(w, `/${draft.id}`), { note: "Changed" }),
      409,
      "invoice_wrong_state",
    );
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}),
      409,
      "invoice_wrong_state",
    );
  });

  it("says, when a step comes out of order, what became of the invoice and which step it refuses, in the reader's language", async () => {
    const draft = await draftInvoice(w);
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/void`), { reason: "Duplicate" }),
    );
    const issuing = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), {}),
      409,
      "invoice_wrong_state",
    );
    expect(issuing.message).toBe("This invoice is void, so it cannot be issued.");
    const colleague = await joinAs(t, w.provider, w.providerOrg, "Dieter", "owner", "de");
    const editing = expectError(
      await colleague.client.request("PUT", invoicesUrl(w, `/${draft.id}`), { note: "Neu" }),
      409,
      "invoice_wrong_state",
    );
    expect(editing.message).toBe(
      "Diese Rechnung ist storniert: Sie kann daher nicht bearbeitet werden.",
    );

    const issued = await issuedInvoice(w);
    const editingIssued = expectError(
      await w.provider.client.request("PUT", invoicesUrl(w, `/${issued.id}`), { note: "Late" }),
      409,
      "invoice_wrong_state",
    );
    expect(editingIssued.message).toBe("This invoice was already issued, so it cannot be edited.");
  });

  it("dates an invoice today or earlier, never before the last one, and never at zero", async () => {
    const t2 = await buildTestApp(dialect);
    try {
      await datesInOrder(await buildBillingWorld(t2, undefined, { since: "2026-10-01" }));
    } finally {
      await t2.close();
    }
  });

  async function datesInOrder(w: DeliveryWorld) {
    const a = await draftInvoice(w);
    expectErrorAt(
      await w.provider.client.post(invoicesUrl(w, `/${a.id}/issue`), { issueDate: "2026-11-23" }),
      422,
      "issue_date_in_future",
      "issueDate",
    );
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${a.id}/issue`), { issueDate: "2026-10-15" }),
    );
    const b = await draftInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } });
    const refused = expectErrorAt(
      await w.provider.client.post(invoicesUrl(w, `/${b.id}/issue`), { issueDate: "2026-10-01" }),
      409,
      "issue_date_before_last_issued",
      "issueDate",
    );
    expect(refused.message).toContain("October 15, 2026");
    const issued = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${b.id}/issue`), { issueDate: "2026-10-20" }),
    );
    // The refused attempt gave its number back.
    expect(issued.number?.endsWith("-0002")).toBe(true);
    expect(issued.dueDate).toBe("2026-11-19");
    expect(issued).toMatchObject({ isOverdue: true, daysPastDue: 3 });

    const zero = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Included workshop", quantityMilli: 1000, unitPriceMinor: 0 }],
    });
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${zero.id}/issue`), {}),
      422,
      "invoice_total_zero",
    );
  }

  it("never dates an invoice before what made it due, naming the earliest day allowed", async () => {
    // The milestones were accepted, and the agreement came into force, today (22 November).
    const milestone = await draftInvoice(w);
    const refused = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${milestone.id}/issue`), {
        issueDate: "2026-10-01",
      }),
      422,
      "issue_date_before_due_basis",
    );
    expect(refused.message).toContain("November 22, 2026");
    expect(refused.message).toContain("the milestone was accepted");
    expect(refused.fields?.[0]?.path).toBe("issueDate");
    expectError(
      await w.provider.client.post(invoicesUrl(w, `/${milestone.id}/issue`), {
        issueDate: "2026-11-21",
      }),
      422,
      "issue_date_before_due_basis",
    );
    const manual = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Workshop", quantityMilli: 1000, unitPriceMinor: 10_000 }],
    });
    const beforeAgreement = expectError(
      await w.provider.client.post(invoicesUrl(w, `/${manual.id}/issue`), {
        issueDate: "2026-11-01",
      }),
      422,
      "issue_date_before_due_basis",
    );
    expect(beforeAgreement.message).toContain("the agreement came into force");
    // Nothing was taken: the first invoice issued today is still number 1.
    const issued = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${milestone.id}/issue`), {}),
    );
    expect(issued.number?.endsWith("-0001")).toBe(true);
  });

  it("says why each reminder was not sent: superseded, or cancelled as void or credited", async () => {
    const a = await issuedInvoice(w); // due 22 December
    const b = await issuedInvoice(w, { source: { kind: "milestone", milestoneId: "m2" } });
    // The sweeper was paused: on 30 December only the latest reminder due goes out.
    t.clock.set(new Date("2026-12-30T08:00:00.000Z"));
    expect(await sendDueReminders({ ...t.deps })).toBe(2);
    await signInAgain(w.client, w.provider);
    const swept = await invoice(w, a.id);
    expect(swept.reminders.map((r) => [r.offsetDays, r.status, r.reason])).toEqual([
      [-7, "skipped", "superseded"],
      [-1, "skipped", "superseded"],
      [1, "skipped", "superseded"],
      [7, "sent", null],
      [14, "pending", null],
    ]);
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${a.id}/void`), { reason: "Wrong client" }),
    );
    expect((await invoice(w, a.id)).reminders.at(-1)).toMatchObject({
      status: "cancelled",
      reason: "void",
    });
    bodyOf(
      await w.provider.client.post(invoicesUrl(w, `/${b.id}/credit-notes`), {
        amountMinor: b.totalMinor,
        reason: "Launch cancelled",
      }),
      201,
    );
    expect((await invoice(w, b.id)).reminders.at(-1)).toMatchObject({
      status: "cancelled",
      reason: "credited",
    });
  });

  it("says limits in the unit people type: a percentage, an amount, units", async () => {
    const refused = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "milestone", milestoneId: "m1" },
        taxRateBasisPoints: 25_000,
      }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      { path: "taxRateBasisPoints", code: "too_big", message: "Must be at most 100%." },
    ]);
    const lines = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "manual" },
        lines: [
          {
            description: "Everything",
            quantityMilli: 2_000_000_000,
            unitPriceMinor: 19_999_999_999_800,
            taxRateBasisPoints: -1,
          },
        ],
      }),
      400,
      "validation_failed",
    );
    const messages = Object.fromEntries((lines.fields ?? []).map((f) => [f.path, f.message]));
    expect(messages).toEqual({
      "lines.0.quantityMilli": "Must be at most 1,000,000.",
      // In the agreement's currency since 5 December 2026 (before: "an amount of at most …").
      "lines.0.unitPriceMinor": "Must be at most €10,000,000,000.00.",
      "lines.0.taxRateBasisPoints": "Must be at least 0%.",
    });
    const payment = expectError(
      await w.client.client.request(
        "POST",
        invoicesUrl(w, `/${(await issuedInvoice(w)).id}/payments`),
        { amountMinor: 0, currency: "EUR", paidOn: "2026-11-22" },
        { "idempotency-key": "units-1" },
      ),
      400,
      "validation_failed",
    );
    expect(payment.fields?.[0]?.message).toBe("Must be at least €0.01.");
    for (const field of [...(lines.fields ?? []), ...(refused.fields ?? [])]) {
      expect(field.message).not.toMatch(/10,000\.|2,000,000,000|basis/);
    }
  });

  it("drafts a manual invoice of the same lines once while it is a draft: a second (or two at once) is refused, naming it", async () => {
    const hosting = {
      source: { kind: "manual" },
      lines: [
        { description: "Hosting, December", quantityMilli: 1000, unitPriceMinor: 4_900 },
        { description: "Support hours", quantityMilli: 2500, unitPriceMinor: 8_000 },
      ],
    };
    const post = (body: unknown) => w.provider.client.post(invoicesUrl(w), body);
    const stored = () => t.deps.db.selectFrom("invoices").select(["id", "status"]).execute();
    const statuses = (await Promise.all([post(hosting), post(hosting)])).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
    // Retyped, with another note: still the same invoice.
    const retyped = {
      ...hosting,
      note: "Thank you",
      lines: hosting.lines.map((line) => ({
        ...line,
        description: line.description.toUpperCase(),
      })),
    };
    const again = expectErrorAt(await post(retyped), 409, "invoice_draft_repeated", "lines");
    expect(again.message).toContain("€249.00");
    const [first] = await stored();
    expect(await stored()).toHaveLength(1);
    expect(await t.deps.db.selectFrom("invoice_lines").select("invoice_id").execute()).toHaveLength(
      2,
    );

    // Other lines are another invoice; once the first is issued, the same lines may be drafted
    // again (a second month of hosting).
    const fewer = { ...hosting, lines: hosting.lines.slice(0, 1) };
    const other = bodyOf<InvoiceBody>(await post(fewer), 201);
    const edit = (id: string, body: unknown) =>
      w.provider.client.request("PUT", invoicesUrl(w, `/${id}`), body);
    // Edited into the lines of the draft still open, it would be that draft twice.
    expectErrorAt(
      await edit(other.id, { lines: hosting.lines }),
      409,
      "invoice_draft_repeated",
      "lines",
    );
    bodyOf(await w.provider.client.post(invoicesUrl(w, `/${first!.id}/issue`), {}));
    const second = bodyOf<InvoiceBody>(await post(hosting), 201);
    // A draft edited into its own lines (a new note) is not a repeat of itself.
    bodyOf(await edit(second.id, { lines: hosting.lines, note: "Net 30" }));
    expect(await stored()).toHaveLength(3);
  });

  it("refuses an invoice beyond the documented maximum and warns beyond the agreement", async () => {
    // The complaint: EUR 199,999,999,998 by hand on a EUR 12,000 engagement.
    const huge = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "manual" },
        lines: [
          { description: "Everything", quantityMilli: 200_000, unitPriceMinor: 99_999_999_999 },
        ],
      }),
      422,
      "invoice_lines_invalid",
    );
    expect(huge.fields?.[0]).toMatchObject({
      path: "lines",
      message: expect.stringContaining("€10,000,000,000.00") as unknown,
    });
    // Milestone 1 (4,000.00) issued; 8,000.00 is left: 8,000.01 by hand warns, does not block.
    await issuedInvoice(w);
    const within = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Launch", quantityMilli: 1000, unitPriceMinor: 800_000 }],
    });
    expect(within.findings).toEqual([]);
    const beyond = await draftInvoice(w, {
      source: { kind: "manual" },
      lines: [{ description: "Launch", quantityMilli: 1000, unitPriceMinor: 800_001 }],
    });
    expect(beyond.findings).toEqual([
      {
        code: "invoice_exceeds_agreement",
        severity: "warning",
        path: "lines",
        message: expect.stringContaining("€8,000.00") as unknown,
      },
    ]);
    expect((await invoice(w, beyond.id)).findings?.[0]?.code).toBe("invoice_exceeds_agreement");
    bodyOf(await w.provider.client.post(invoicesUrl(w, `/${beyond.id}/issue`), {}));
  });

  it("plans no reminder whose day had passed when a backdated invoice was issued", async () => {
    const t2 = await buildTestApp(dialect);
    try {
      const old = await buildBillingWorld(t2, undefined, { since: "2026-10-01" });
      // Dated 1 October (when the milestone was accepted), due 31 October, issued 22 November:
      // the reminders of 24 and 30 October, 1, 7 and 14 November were never missed.
      const late = await issuedInvoice(old, undefined, { issueDate: "2026-10-01" });
      expect(late).toMatchObject({ dueDate: "2026-10-31", isOverdue: true, daysPastDue: 22 });
      expect(late.reminders).toEqual([]);
      expect(await sendDueReminders({ ...t2.deps })).toBe(0);
      // Dated 20 November, due 20 December: only the reminders ahead of today are planned.
      const recent = await issuedInvoice(
        old,
        { source: { kind: "milestone", milestoneId: "m2" } },
        { issueDate: "2026-11-20" },
      );
      expect(recent.reminders.map((r) => r.dueOn)).toEqual([
        "2026-12-13",
        "2026-12-19",
        "2026-12-21",
        "2026-12-27",
        "2027-01-03",
      ]);
    } finally {
      await t2.close();
    }
  });

  it("invoices an approved change request at its price, and nothing not yet approved", async () => {
    const changes = w.url("/change-requests");
    const propose = async (title: string) =>
      bodyOf<{ id: string }>(
        await w.client.client.post(changes, { title, reason: "Launch campaign" }),
        201,
      ).id;
    const price = {
      effort: { unit: "day", quantity: 2 },
      priceMinor: 150_000,
      scheduleImpactDays: 7,
    };
    const approved = await propose("Gift cards");
    bodyOf(await w.provider.client.post(`${changes}/${approved}/price`, price));
    bodyOf(await w.client.client.post(`${changes}/${approved}/approve`));
    const priced = await propose("Newsletter sign-up");
    bodyOf(await w.provider.client.post(`${changes}/${priced}/price`, price));

    const draft = await draftInvoice(w, {
      source: { kind: "change_request", changeRequestId: approved },
    });
    expect(draft.lines.map((l) => [l.description, l.unitPriceMinor])).toEqual([
      ["Change request #1: Gift cards", 150_000],
    ]);
    expect(draft.source).toEqual({ kind: "change_request", ref: approved });
    expectErrorAt(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "change_request", changeRequestId: priced },
      }),
      409,
      "change_request_not_approved",
      "source.changeRequestId",
    );
    const unknown = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "change_request", changeRequestId: "nope" },
      }),
      400,
      "validation_failed",
    );
    expect(unknown.fields?.map((f) => f.path)).toEqual(["source.changeRequestId"]);
  });
});

describe.each(DIALECTS)("retainer invoices on %s", (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("invoices each calendar period of a retainer once, at the agreed fee", async () => {
    t = await buildTestApp(dialect);
    const w = await buildBillingWorld(
      t,
      (terms) => ({
        ...terms,
        remuneration: {
          ...terms.remuneration,
          model: "retainer",
          amountMinor: 300_000,
          retainerPeriod: "month",
        },
      }),
      { accept: [] },
    );
    const draft = await draftInvoice(w, {
      source: { kind: "retainer", periodStart: "2026-12-01" },
      taxRateBasisPoints: 2100,
    });
    expect(draft).toMatchObject({
      source: { kind: "retainer", ref: "2026-12-01" },
      subtotalMinor: 300_000,
      taxMinor: 63_000,
    });
    expect(draft.lines[0]?.description).toBe("Retainer, December 1, 2026 – December 31, 2026");
    expectErrorAt(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "retainer", periodStart: "2026-12-01" },
      }),
      409,
      "invoice_source_already_invoiced",
      "source.periodStart",
    );
    const mid = expectErrorAt(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "retainer", periodStart: "2026-12-15" },
      }),
      422,
      "retainer_period_invalid",
      "source.periodStart",
    );
    expect(mid.message).toContain("month");

    // A period of the engagement's time: none that ended before it began, none beyond the next.
    for (const [periodStart, code, limit] of [
      ["1900-01-01", "period_before_engagement", "November 22, 2026"],
      ["2026-10-01", "period_before_engagement", "November 22, 2026"],
      ["2027-01-01", "period_too_far_ahead", "December 1, 2026"],
      ["2200-01-01", "period_too_far_ahead", "December 1, 2026"],
    ] as const) {
      const refused = expectError(
        await w.provider.client.post(invoicesUrl(w), {
          source: { kind: "retainer", periodStart },
        }),
        400,
        "validation_failed",
      );
      expect(refused.fields, periodStart).toEqual([
        expect.objectContaining({ path: "source.periodStart", code }),
      ]);
      expect(refused.fields?.[0]?.message, periodStart).toContain(limit);
    }
    // The day is written as the web writes it, in the reader's language.
    bodyOf(await w.provider.client.request("PATCH", "/api/v1/me", { locale: "de" }));
    const refusedInGerman = expectError(
      await w.provider.client.post(invoicesUrl(w), {
        source: { kind: "retainer", periodStart: "2027-01-01" },
      }),
      400,
      "validation_failed",
    );
    expect(refusedInGerman.fields?.[0]?.message).toContain("1. Dezember 2026");
    expect(refusedInGerman.fields?.[0]?.message).not.toContain("01.12.2026");
    // The month the engagement began in is its own.
    await draftInvoice(w, { source: { kind: "retainer", periodStart: "2026-11-01" } });
  });
});
