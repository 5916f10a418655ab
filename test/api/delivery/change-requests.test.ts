import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { type Person, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { addDays, daysBetween } from "../../../src/domain/billing/calendar";
import { latestPlannedDay } from "../../../src/domain/planning-horizon";
import { todayOf } from "../../../src/server/platform/clock";
import { expectError, expectErrorAt, type LedgerEventBody } from "../api-fixtures";
import {
  bodyOf,
  joinAs,
  type OverviewBody,
  type VersionBody,
} from "../proposals-agreements/proposal-fixtures";
import {
  buildDeliveryWorld,
  delivery,
  evaluate,
  ONE_UNMET,
  signByBoth,
  submit,
  type ChangeRequestBody,
  type DeliveryWorld,
  type SubmissionBody,
} from "./delivery-fixtures";

const PRICE = { effort: { unit: "day", quantity: 2 }, priceMinor: 150_000, scheduleImpactDays: 7 };

describe.each(DIALECTS)("change requests on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildDeliveryWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const cr = (path = "") => w.url(`/change-requests${path}`);
  const propose = (as: Person, body: Record<string, unknown> = {}) =>
    as.client.post(cr(), {
      title: "Gift cards",
      reason: "Sell gift cards for the holidays",
      deliverableIds: ["d1"],
      ...body,
    });
  const act = (as: Person, id: string, action: string, body: unknown = {}) =>
    as.client.post(cr(`/${id}/${action}`), body);
  const agreement = async () =>
    bodyOf<OverviewBody>(await w.client.client.get(w.url("/agreement")));
  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("turns a remark into a change in one step; priced, approved and signed, it amends the agreement", async () => {
    const round = bodyOf<SubmissionBody>(await submit(w), 201);
    const judged = bodyOf<SubmissionBody>(await evaluate(w, round.id, ONE_UNMET));
    const remark = judged.remarks[0];
    if (!remark) throw new Error("the remark was not kept");
    expect((await delivery(w)).scope?.unpricedDemands).toEqual({ notes: 1, changeRequests: 0 });

    const proposed = bodyOf<ChangeRequestBody>(
      await propose(w.client, { title: "Darker buttons", fromRemarkId: remark.id }),
      201,
    );
    expect(proposed).toMatchObject({ number: 1, status: "proposed", fromRemarkId: remark.id });
    expect((await delivery(w)).scope?.unpricedDemands).toEqual({ notes: 0, changeRequests: 1 });
    expectError(
      await propose(w.client, { fromRemarkId: remark.id }),
      409,
      "note_already_converted",
    );

    const priced = bodyOf<ChangeRequestBody>(await act(w.provider, proposed.id, "price", PRICE));
    expect(priced.pricing).toMatchObject({ priceMinor: 150_000, currency: "EUR" });
    const approved = bodyOf<ChangeRequestBody>(await act(w.client, proposed.id, "approve"));
    expect(approved).toMatchObject({
      status: "approved",
      application: "amendment",
      agreementVersion: 2,
    });

    const before = await agreement();
    expect(before.inForce?.version).toBe(1);
    expect(before.draft?.terms.remuneration.amountMinor).toBe(1_350_000);
    expect(before.draft?.terms.milestones.find((m) => m.id === "m2")?.dueDate).toBe("2027-03-08");
    await signByBoth(w, 2);
    const applied = bodyOf<ChangeRequestBody>(await w.client.client.get(cr(`/${proposed.id}`)));
    expect(applied.status).toBe("applied");
    expect((await agreement()).inForce?.version).toBe(2);
    expect((await delivery(w)).scope).toMatchObject({
      agreedMinor: 1_350_000,
      approvedChanges: { count: 1, priceMinor: 150_000 },
      unpricedDemands: { notes: 0, changeRequests: 0 },
    });
    const types = (await events()).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        "change_request.proposed",
        "change_request.priced",
        "change_request.approved",
        "agreement.amendment_opened",
        "change_request.applied",
      ]),
    );
  });

  it("applies a change at once when the agreement's change control accepts an acknowledgement", async () => {
    const lenient = await buildDeliveryWorld(t, (terms) => ({
      ...terms,
      changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: 200_000 },
    }));
    const url = (path = "") => lenient.url(`/change-requests${path}`);
    const proposed = bodyOf<ChangeRequestBody>(
      await lenient.provider.client.post(url(), {
        title: "Extra language",
        reason: "Add Spanish",
        deliverableIds: ["d1"],
      }),
      201,
    );
    bodyOf(await lenient.provider.client.post(url(`/${proposed.id}/price`), PRICE));
    const approved = bodyOf<ChangeRequestBody>(
      await lenient.client.client.post(url(`/${proposed.id}/approve`)),
    );
    expect(approved).toMatchObject({
      status: "applied",
      application: "acknowledgement",
      agreementVersion: 2,
    });
    const overview = bodyOf<OverviewBody>(
      await lenient.client.client.get(lenient.url("/agreement")),
    );
    expect(overview.inForce?.version).toBe(2);
    expect(overview.inForce?.terms.remuneration.amountMinor).toBe(1_350_000);
    expect(overview.draft).toBeNull();
  });

  it("keeps the agreed total on the version in force through an applied change and a price rise", async () => {
    const lenient = await buildDeliveryWorld(t, (terms) => ({
      ...terms,
      changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: 200_000 },
    }));
    const url = (path = "") => lenient.url(`/change-requests${path}`);
    expect((await delivery(lenient)).scope?.agreedMinor).toBe(1_200_000);
    const proposed = bodyOf<ChangeRequestBody>(
      await lenient.provider.client.post(url(), {
        title: "Extra language",
        reason: "Add Spanish",
        deliverableIds: ["d1"],
      }),
      201,
    );
    bodyOf(await lenient.provider.client.post(url(`/${proposed.id}/price`), PRICE));
    bodyOf(await lenient.client.client.post(url(`/${proposed.id}/approve`)));
    expect((await delivery(lenient)).scope?.agreedMinor).toBe(1_350_000);

    const opened = bodyOf<VersionBody>(
      await lenient.client.client.post(lenient.url("/agreement/amendments")),
      201,
    );
    const raised = bodyOf<VersionBody>(
      await lenient.client.client.request("PUT", lenient.url("/agreement/draft"), {
        terms: {
          ...opened.terms,
          remuneration: { ...opened.terms.remuneration, amountMinor: 1_500_000 },
        },
        baseHash: opened.contentHash,
      }),
    );
    await signByBoth(lenient, raised.version, raised.contentHash);
    expect((await delivery(lenient)).scope).toMatchObject({
      agreedMinor: 1_500_000,
      approvedChanges: { count: 1, priceMinor: 150_000 },
    });
  });

  it("refuses a change that would move a milestone past the planning horizon, priced or approved, writing nothing", async () => {
    const latest = latestPlannedDay(todayOf(t.deps.clock));
    const dueOf = (terms: VersionBody["terms"] | undefined) =>
      terms?.milestones.find((m) => m.id === "m2")?.dueDate ?? "";
    const m2 = dueOf((await agreement()).inForce?.terms);
    const toLatest = daysBetween(m2, latest);
    const proposed = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    const refused = expectErrorAt(
      await act(w.provider, proposed.id, "price", { ...PRICE, scheduleImpactDays: toLatest + 1 }),
      422,
      "change_moves_milestone_too_far",
      "scheduleImpactDays",
    );
    const m2Title = (await agreement()).inForce?.terms.milestones.find((m) => m.id === "m2")?.title;
    expect(refused.message).toContain(`“${m2Title}”`);
    const unpriced = bodyOf<ChangeRequestBody>(await w.client.client.get(cr(`/${proposed.id}`)));
    expect(unpriced).toMatchObject({ status: "proposed", pricing: null });
    expect((await events()).map((e) => e.type)).not.toContain("change_request.priced");

    // Moved to the horizon's last day, it is priced; an amendment then moving the milestone a
    // day later leaves the change past it: approving it is refused, the draft kept as it was.
    bodyOf(await act(w.provider, proposed.id, "price", { ...PRICE, scheduleImpactDays: toLatest }));
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    const dayLater = bodyOf<VersionBody>(
      await w.client.client.request("PUT", w.url("/agreement/draft"), {
        terms: {
          ...opened.terms,
          milestones: opened.terms.milestones.map((m) =>
            m.id === "m2" ? { ...m, dueDate: addDays(m2, 1) } : m,
          ),
        },
        baseHash: opened.contentHash,
      }),
    );
    const notApproved = expectError(
      await act(w.client, proposed.id, "approve"),
      422,
      "change_moves_milestone_too_far",
    );
    expect(notApproved.fields).toBeUndefined();
    const after = await agreement();
    expect(after.draft?.contentHash).toBe(dayLater.contentHash);
    expect(dueOf(after.draft?.terms)).toBe(addDays(m2, 1));
    const still = bodyOf<ChangeRequestBody>(await w.client.client.get(cr(`/${proposed.id}`)));
    expect(still.status).toBe("priced");
  });

  it("buys extra revision rounds past the limit through a change", async () => {
    for (let round = 1; round <= 3; round++) {
      const handedIn = bodyOf<SubmissionBody>(await submit(w), 201);
      bodyOf(await evaluate(w, handedIn.id, ONE_UNMET));
    }
    expectError(await submit(w), 409, "revision_limit_reached");
    const proposed = bodyOf<ChangeRequestBody>(
      await propose(w.provider, { title: "Fourth round", additionalRevisions: 1 }),
      201,
    );
    bodyOf(await act(w.provider, proposed.id, "price", { ...PRICE, scheduleImpactDays: 0 }));
    bodyOf(await act(w.client, proposed.id, "approve"));
    await signByBoth(w, 2);
    expect((await delivery(w)).deliverables[0]).toMatchObject({
      revisionLimit: 3,
      revisionsLeft: 1,
    });
    expect(bodyOf<SubmissionBody>(await submit(w), 201).round).toBe(4);
  });

  it("refuses each step to the side it does not belong to, and every step from the wrong state", async () => {
    const proposed = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    const wrongSide = expectError(
      await act(w.client, proposed.id, "price", PRICE),
      403,
      "change_request_wrong_side",
    );
    expect(wrongSide.message).toContain("provider");
    expectError(await act(w.client, proposed.id, "approve"), 409, "change_request_wrong_state");
    expectError(await act(w.provider, proposed.id, "withdraw"), 403, "change_request_wrong_side");
    bodyOf(await act(w.provider, proposed.id, "price", PRICE));
    expectError(
      await act(w.provider, proposed.id, "price", PRICE),
      409,
      "change_request_wrong_state",
    );
    expectError(
      await act(w.provider, proposed.id, "decline", { reason: "too late" }),
      403,
      "change_request_wrong_side",
    );
    const declined = bodyOf<ChangeRequestBody>(
      await act(w.client, proposed.id, "decline", { reason: "Not in this budget" }),
    );
    expect(declined).toMatchObject({ status: "declined", declineReason: "Not in this budget" });
    expectError(await act(w.client, proposed.id, "approve"), 409, "change_request_wrong_state");
    expect((await delivery(w)).scope?.declinedChanges).toBe(1);
  });

  it("says, when a step comes out of order, what became of the change and which step it refuses, in the reader's language", async () => {
    const proposed = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    const colleague = await joinAs(t, w.client, w.clientOrg, "Dieter", "owner", "de");

    const unpriced = expectError(
      await act(w.client, proposed.id, "approve"),
      409,
      "change_request_wrong_state",
    );
    expect(unpriced.message).toBe(
      "Change request #1 “Gift cards” awaits the provider’s price, so it cannot be approved.",
    );
    bodyOf(await act(w.provider, proposed.id, "price", PRICE));
    bodyOf(await act(w.client, proposed.id, "approve"));
    const twice = expectError(
      await act(colleague, proposed.id, "approve"),
      409,
      "change_request_wrong_state",
    );
    expect(twice.message).toBe(
      "Die Änderungsanfrage Nr. 1 „Gift cards“ wurde bereits genehmigt und wartet auf die Unterschriften des Nachtrags: Daher ist das Genehmigen nicht möglich.",
    );
  });

  it("lets the provider decline an unpriced change with a reason, and the proposer withdraw", async () => {
    const first = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    expectError(
      await act(w.provider, first.id, "decline", { reason: "" }),
      400,
      "validation_failed",
    );
    expect(
      bodyOf<ChangeRequestBody>(
        await act(w.provider, first.id, "decline", { reason: "Outside our skills" }),
      ).status,
    ).toBe("declined");
    const second = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    expect(second.number).toBe(2);
    expect(bodyOf<ChangeRequestBody>(await act(w.client, second.id, "withdraw")).status).toBe(
      "withdrawn",
    );
  });

  it("keeps one open change request of a title per side: a second, at once or retyped, is refused by name and writes nothing", async () => {
    // A double click: two identical requests at once, one change request.
    const answers = await Promise.all([propose(w.client), propose(w.client)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const first = answers.find((a) => a.statusCode === 201)!.json<ChangeRequestBody>();
    const eventsBefore = (await events()).length;
    const again = expectError(
      await propose(w.client, { title: " gift CARDS ", reason: "Asked again" }),
      409,
      "change_request_open_with_title",
    );
    expect(again.message).toBe(
      "Change request #1 “Gift cards” from your side is still open: carry on there rather than proposing it again.",
    );
    const list = async () =>
      bodyOf<{ changeRequests: ChangeRequestBody[] }>(await w.client.client.get(cr()))
        .changeRequests;
    expect(await list()).toHaveLength(1);
    expect((await events()).length).toBe(eventsBefore);
    // Priced, it is still open; the provider's own request of that title is another side's.
    bodyOf(await act(w.provider, first.id, "price", PRICE));
    expectError(await propose(w.client), 409, "change_request_open_with_title");
    bodyOf(await propose(w.provider), 201);
    // Once decided, the title is free again.
    bodyOf(await act(w.client, first.id, "withdraw"));
    expect(bodyOf<ChangeRequestBody>(await propose(w.client), 201).number).toBe(3);
  });

  it("refuses bad input with named fields, and writes nothing", async () => {
    const bad = expectError(
      await propose(w.client, { deliverableIds: ["d1", "ghost"] }),
      400,
      "validation_failed",
    );
    expect(bad.fields?.[0]?.path).toBe("deliverableIds.1");
    const proposed = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    const price = expectError(
      await act(w.provider, proposed.id, "price", { ...PRICE, priceMinor: 12.5 }),
      400,
      "validation_failed",
    );
    expect(price.fields?.[0]?.path).toBe("priceMinor");
    expect(
      bodyOf<{ changeRequests: ChangeRequestBody[] }>(await w.client.client.get(cr()))
        .changeRequests,
    ).toHaveLength(1);
  });

  it("hides change requests from outsiders and keeps viewers to reading", async () => {
    const proposed = bodyOf<ChangeRequestBody>(await propose(w.client), 201);
    const viewer = await joinAs(t, w.provider, w.providerOrg, "Val", "viewer");
    expect(bodyOf<ChangeRequestBody>(await viewer.client.get(cr(`/${proposed.id}`))).id).toBe(
      proposed.id,
    );
    expectError(await act(viewer, proposed.id, "price", PRICE), 403, "forbidden");
    const stranger = await buildDeliveryWorld(t);
    expectError(await stranger.provider.client.get(cr(`/${proposed.id}`)), 404, "not_found");
    expectError(await act(stranger.provider, proposed.id, "price", PRICE), 404, "not_found");
  });
});
