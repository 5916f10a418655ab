import type { LightMyRequestResponse } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGAGEMENT_ACTIONS, type EngagementAbilities } from "../../src/contracts/abilities";
import type { ErrorResponse } from "../../src/contracts/errors";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type Person, type TestApp } from "../support/test-app";
import { uniqueName } from "./api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "./delivery/delivery-fixtures";
import { bodyOf, joinAs, type VersionBody } from "./proposals-agreements/proposal-fixtures";

type Part = keyof EngagementAbilities;

interface Probe {
  method: "GET" | "POST" | "PUT";
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Setting {
  w: DeliveryWorld;
  version1: VersionBody;
  /** A message each side wrote, for reading receipts and reports of the other side's words. */
  messageBy: { client: string; provider: string };
}

const NO_SUCH = "no-such-thing";

/**
 * One request per action that exercises it as the web would. Where the action needs a thing to
 * act on, the probe names one that does not exist: the access check comes first, so a person
 * the part's rule admits learns `not_found` and anyone else `forbidden`.
 */
const PROBES: {
  [P in Part]: Partial<
    Record<
      EngagementAbilities[P] extends infer A ? keyof A : never,
      (s: Setting, side: Side) => Probe
    >
  >;
} = {
  engagement: {
    view: () => ({ method: "GET", path: "" }),
    // reporting the other side's message is acting for one's own
    act: (s, side) => ({
      method: "POST",
      path: "/api/v1/moderation/reports",
      body: {
        subjectKind: "message",
        subjectId: s.messageBy[side === "client" ? "provider" : "client"],
        reason: "Rude message",
      },
    }),
  },
  agreement: {
    view: () => ({ method: "GET", path: "/agreement" }),
    editDraft: (s) => ({
      method: "PUT",
      path: "/agreement/draft",
      body: { terms: s.version1.terms, baseHash: s.version1.contentHash },
    }),
    openAmendment: () => ({ method: "POST", path: "/agreement/amendments" }),
    sign: (s) => ({
      method: "POST",
      path: "/agreement/versions/1/sign",
      body: { contentHash: s.version1.contentHash },
    }),
  },
  delivery: {
    view: () => ({ method: "GET", path: "/delivery" }),
    // not multipart: whoever may upload is told so, anyone else is refused first
    upload: () => ({ method: "POST", path: "/files", body: {} }),
    submit: () => ({
      method: "POST",
      path: "/deliverables/d1/submissions",
      body: { description: "Round ready" },
    }),
    evaluate: () => ({
      method: "POST",
      path: `/submissions/${NO_SUCH}/evaluation`,
      body: { verdicts: [{ criterionId: "c1", isMet: true }] },
    }),
  },
  changeRequests: {
    view: () => ({ method: "GET", path: "/change-requests" }),
    propose: () => ({
      method: "POST",
      path: "/change-requests",
      body: { title: "Gift cards", reason: "For the holidays" },
    }),
    answer: () => ({ method: "POST", path: `/change-requests/${NO_SUCH}/withdraw` }),
  },
  billing: {
    view: () => ({ method: "GET", path: "/invoices" }),
    invoice: () => ({
      method: "POST",
      path: `/invoices/${NO_SUCH}/void`,
      body: { reason: "Drafted twice" },
    }),
    recordPayment: () => ({
      method: "POST",
      path: `/invoices/${NO_SUCH}/payments`,
      body: { amountMinor: 500, currency: "EUR", paidOn: "2026-11-21" },
      headers: { "idempotency-key": uniqueName("abilities") },
    }),
    answerPayment: () => ({
      method: "POST",
      path: `/invoices/${NO_SUCH}/payments/${NO_SUCH}/confirm`,
    }),
    // Nothing is paid in this world: an admitted provider learns the refund is too much.
    recordRefund: () => ({
      method: "POST",
      path: "/refunds",
      body: { amountMinor: 500, currency: "EUR", paidOn: "2026-11-21" },
    }),
    answerRefund: () => ({ method: "POST", path: `/refunds/${NO_SUCH}/confirm` }),
  },
  messages: {
    read: () => ({ method: "GET", path: "/threads" }),
    markRead: (s) => ({
      method: "POST",
      path: "/messages/read",
      body: { thread: "engagement", upTo: s.messageBy.client },
    }),
    post: () => ({
      method: "POST",
      path: "/messages",
      body: { thread: "engagement", body: "Hello" },
    }),
  },
  reviews: {
    read: () => ({ method: "GET", path: "/reviews" }),
    write: () => ({
      method: "POST",
      path: `/reviews/${NO_SUCH}/reply`,
      body: { body: "Thank you" },
    }),
  },
  health: {
    view: () => ({ method: "GET", path: "/health" }),
    // no check-in is open: whoever may answer is told so
    answerCheckIn: () => ({
      method: "POST",
      path: "/check-in",
      body: { relationshipRating: 8, counterpartRating: 8, reasons: ["on_time", "respectful"] },
    }),
  },
  disputes: {
    view: () => ({ method: "GET", path: "/disputes" }),
    act: () => ({ method: "POST", path: `/disputes/${NO_SUCH}/escalate` }),
  },
  exits: {
    // no exit yet: its reading answers 404 to everyone on the engagement, never 403
    view: () => ({ method: "GET", path: "/exit" }),
    act: () => ({ method: "POST", path: `/exit/hand-over/${NO_SUCH}/done` }),
  },
  growth: {
    view: () => ({ method: "GET", path: "/goals" }),
    setGoal: () => ({
      method: "POST",
      path: "/goals",
      body: {
        title: "Conversion",
        baseline: 1.8,
        target: 3,
        unit: "%",
        source: { kind: "agreement" },
      },
    }),
    measure: () => ({
      method: "POST",
      path: `/goals/${NO_SUCH}/values`,
      body: { value: 2, measuredOn: "2026-01-01", source: "https://analytics.example.test" },
    }),
    answerReview: () => ({
      method: "POST",
      path: `/relationship-reviews/${NO_SUCH}/answer`,
      body: { achieved: "Conversion up", moreOf: "", lessOf: "", aimNext: "3%" },
    }),
    // offer, answerOffer, recognise and answerRecognition have no route yet
  },
};

/** Actions no route takes yet: their abilities are sent, nothing can be asked of the server. */
const WITHOUT_ROUTE = [
  "growth.offer",
  "growth.answerOffer",
  "growth.recognise",
  "growth.answerRecognition",
];

type Side = "client" | "provider";

function send(s: Setting, as: Person, probe: Probe): Promise<LightMyRequestResponse> {
  const url = probe.path.startsWith("/api/") ? probe.path : s.w.url(probe.path);
  return as.client.request(probe.method, url, probe.body, probe.headers ?? {});
}

describe.each(DIALECTS)("abilities on %s", (dialect) => {
  let t: TestApp;
  let s: Setting;
  let people: { name: string; person: Person; side: Side }[];

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const w = await buildDeliveryWorld(t);
    const member = await joinAs(t, w.client, w.clientOrg, "Mina", "member");
    const viewer = await joinAs(t, w.client, w.clientOrg, "Vera", "viewer");
    const providerViewer = await joinAs(t, w.provider, w.providerOrg, "Vik", "viewer");
    const version1 = bodyOf<VersionBody>(await w.client.client.get(w.url("/agreement/versions/1")));
    const say = async (as: Person) =>
      bodyOf<{ id: string }>(
        await as.client.post(w.url("/messages"), { thread: "engagement", body: "Hello" }),
        201,
      ).id;
    s = {
      w,
      version1,
      messageBy: { client: await say(w.client), provider: await say(w.provider) },
    };
    people = [
      { name: "client owner", person: w.client, side: "client" },
      { name: "client member", person: member, side: "client" },
      { name: "client viewer", person: viewer, side: "client" },
      { name: "provider owner (the other side)", person: w.provider, side: "provider" },
      { name: "provider viewer", person: providerViewer, side: "provider" },
    ];
  });
  afterEach(async () => {
    await t.close();
  });

  it("says true for an action exactly when the server allows it, for every role and side", async () => {
    const mismatches: string[] = [];
    const seen = new Map<string, Set<boolean>>();
    for (const { name, person, side } of people) {
      const engagement = bodyOf<{ abilities: EngagementAbilities }>(
        await person.client.get(s.w.url()),
      );
      for (const part of Object.keys(ENGAGEMENT_ACTIONS) as Part[]) {
        const abilities = engagement.abilities[part] as Record<string, boolean>;
        expect(Object.keys(abilities).sort(), part).toEqual([...ENGAGEMENT_ACTIONS[part]].sort());
        const probes = PROBES[part] as Record<string, (s: Setting, side: Side) => Probe>;
        for (const action of ENGAGEMENT_ACTIONS[part]) {
          const key = `${part}.${action}`;
          const probe = probes[action];
          if (!probe) {
            expect(WITHOUT_ROUTE, `${key} has no probe`).toContain(key);
            continue;
          }
          const response = await send(s, person, probe(s, side));
          const status = response.statusCode;
          const isRefused = status === 403;
          if (isRefused) {
            expect(response.json<ErrorResponse>().error.code, `${name}: ${key}`).toBe("forbidden");
          }
          expect([401, 500], `${name}: ${key} answered ${status}`).not.toContain(status);
          if (abilities[action] === isRefused) {
            mismatches.push(
              `${name}: ${key} is ${abilities[action]} but the server answered ${status}`,
            );
          }
          seen.set(key, (seen.get(key) ?? new Set()).add(abilities[action] ?? false));
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every write is someone's and not everyone's: viewers never act, and the rules differ.
    const writesEveryoneMay = [...seen].filter(([, values]) => !values.has(false)).map(([k]) => k);
    expect(writesEveryoneMay.filter((key) => !/\.(view|read|markRead)$/.test(key))).toEqual([]);
  });

  it("lists the reader's abilities once per organisation, the same the engagement carries", async () => {
    for (const { name, person, side } of people) {
      const { abilities } = bodyOf<{ abilities: EngagementAbilities }>(
        await person.client.get(s.w.url()),
      );
      const list = bodyOf<{
        engagements: {
          id: string;
          mySide: Side;
          client: { id: string };
          provider: { id: string };
        }[];
        abilitiesByOrg: Record<string, EngagementAbilities>;
      }>(await person.client.get("/api/v1/engagements"));
      const row = list.engagements.find((e) => e.id === s.w.engagementId);
      expect(row, name).toBeDefined();
      expect(row && "abilities" in row, `${name}: a row carries no abilities`).toBe(false);
      const orgId = side === "client" ? s.w.clientOrg.id : s.w.providerOrg.id;
      expect(row?.[row.mySide].id, name).toBe(orgId);
      expect(Object.keys(list.abilitiesByOrg), name).toEqual([orgId]);
      expect(list.abilitiesByOrg[orgId], name).toEqual(abilities);
    }
  });

  it("carries each change request's own next steps, as its side and state allow", async () => {
    const { w } = s;
    const proposed = bodyOf<{ id: string; abilities: Record<string, boolean> }>(
      await w.client.client.post(w.url("/change-requests"), { title: "Gift cards", reason: "Why" }),
      201,
    );
    // the proposer may withdraw; the provider prices or declines it
    expect(proposed.abilities).toEqual({
      price: false,
      approve: false,
      decline: false,
      withdraw: true,
    });
    const seenBy = async (as: Person) =>
      bodyOf<{ changeRequests: { id: string; abilities: Record<string, boolean> }[] }>(
        await as.client.get(w.url("/change-requests")),
      ).changeRequests.find((c) => c.id === proposed.id)?.abilities;
    expect(await seenBy(w.provider)).toEqual({
      price: true,
      approve: false,
      decline: true,
      withdraw: false,
    });
    const viewer = people.find((p) => p.name === "client viewer")!.person;
    expect(await seenBy(viewer)).toEqual({
      price: false,
      approve: false,
      decline: false,
      withdraw: false,
    });
    // and the server agrees: the client cannot price it, the provider can
    const price = {
      effort: { unit: "day", quantity: 1 },
      priceMinor: 50_000,
      scheduleImpactDays: 0,
    };
    expect(
      (await w.client.client.post(w.url(`/change-requests/${proposed.id}/price`), price))
        .statusCode,
    ).toBe(403);
    const priced = bodyOf<{ abilities: Record<string, boolean> }>(
      await w.provider.client.post(w.url(`/change-requests/${proposed.id}/price`), price),
    );
    expect(priced.abilities).toEqual({
      price: false,
      approve: false,
      decline: false,
      withdraw: false,
    });
    expect(await seenBy(w.client)).toEqual({
      price: false,
      approve: true,
      decline: true,
      withdraw: true,
    });
  });

  it("carries each payment's own answer: the side that did not record it confirms", async () => {
    const { w } = s;
    const invoiceId = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/invoices"), {
        source: { kind: "manual" },
        lines: [{ description: "Workshop", quantityMilli: 1000, unitPriceMinor: 150_000 }],
      }),
      201,
    ).id;
    bodyOf(await w.provider.client.post(w.url(`/invoices/${invoiceId}/issue`), {}));
    const paymentBody = { amountMinor: 1000, currency: "EUR", paidOn: "2026-11-22" };
    const recorded = bodyOf<{ id: string; abilities: { answer: boolean } }>(
      await w.client.client.request("POST", w.url(`/invoices/${invoiceId}/payments`), paymentBody, {
        "idempotency-key": uniqueName("abilities"),
      }),
      201,
    );
    expect(recorded.abilities).toEqual({ answer: false });
    const answerOf = async (as: Person) =>
      bodyOf<{ payments: { id: string; abilities: { answer: boolean } }[] }>(
        await as.client.get(w.url(`/invoices/${invoiceId}`)),
      ).payments.find((p) => p.id === recorded.id)?.abilities.answer;
    const member = people.find((p) => p.name === "client member")!.person;
    const providerViewer = people.find((p) => p.name === "provider viewer")!.person;
    expect(await answerOf(w.client)).toBe(false);
    expect(await answerOf(member)).toBe(false);
    expect(await answerOf(providerViewer)).toBe(false);
    expect(await answerOf(w.provider)).toBe(true);
    const confirm = (as: Person) =>
      as.client.post(w.url(`/invoices/${invoiceId}/payments/${recorded.id}/confirm`));
    expect((await confirm(member)).statusCode).toBe(403);
    expect((await confirm(providerViewer)).statusCode).toBe(403);
    const confirmed = bodyOf<{ status: string; abilities: { answer: boolean } }>(
      await confirm(w.provider),
    );
    expect(confirmed).toMatchObject({ status: "confirmed", abilities: { answer: false } });
  });
});
