import { createHmac, timingSafeEqual } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverDueWebhooks } from "../../../src/server/modules/webhooks/deliver-due-webhooks";
import { DIALECTS } from "../../support/databases";
import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import {
  buildAcceptedEngagement,
  expectError,
  type AcceptedEngagement,
  type LedgerEventBody,
} from "../api-fixtures";
import { joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  bodyOf,
  postMessage,
  SECOND,
  startReceiver,
  type DeliveryBody,
  type DeliveryDetailBody,
  type ReceivedRequest,
  type WebhookBody,
} from "./collaboration-fixtures";

/** What a receiver does, written from the guide in docs/WEBHOOKS.md rather than Accord's code. */
function verifiesWithSecret(request: ReceivedRequest, secret: string): boolean {
  const header = String(request.headers["accord-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, timestamp, signature] = match;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature!, "hex"));
}

describe.each(DIALECTS)("webhooks on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildAcceptedEngagement(t);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await t.close();
  });

  const hooksUrl = (orgId = w.clientOrg.id, path = "") => `/api/v1/orgs/${orgId}/webhooks${path}`;
  const createHook = async (
    owner: Person = w.client,
    orgId = w.clientOrg.id,
    extra: Record<string, unknown> = {},
  ) =>
    bodyOf<WebhookBody>(
      await owner.client.post(hooksUrl(orgId), { url: receiver.url, ...extra }),
      201,
    );
  const deliveriesOf = async (hook: WebhookBody, as: Person = w.client) =>
    bodyOf<{ deliveries: DeliveryBody[] }>(
      await as.client.get(hooksUrl(hook.orgId, `/${hook.id}/deliveries`)),
    ).deliveries;
  const detailOf = async (hook: WebhookBody, deliveryId: string) =>
    bodyOf<DeliveryDetailBody>(
      await w.client.client.get(hooksUrl(hook.orgId, `/${hook.id}/deliveries/${deliveryId}`)),
    );
  const sweep = () => deliverDueWebhooks(t.deps);

  it("accepts only HTTPS endpoints on public hosts, plain HTTP on loopback where allowed", async () => {
    const create = (url: string) => w.client.client.post(hooksUrl(), { url });
    for (const [url, code] of [
      ["http://hooks.example.com/accord", "url_https_required"],
      ["https://192.168.0.10/accord", "url_private_host"],
      ["https://user:secret@hooks.example.com/", "url_invalid"],
      ["not a url", "url_invalid"],
    ] as const) {
      const error = expectError(await create(url), 400, "validation_failed");
      expect(error.fields, url).toEqual([
        {
          path: "url",
          code,
          message: expect.any(String) as string,
        },
      ]);
      expect(error.fields?.[0]?.message).not.toMatch(/^webhooks\./);
    }
    const https = bodyOf<WebhookBody>(await create("https://hooks.example.com/accord"), 201);
    expect(https.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    t.clock.advance(SECOND); // listed in the order they were made
    const loopback = await createHook(w.client, w.clientOrg.id, {
      description: "CRM sync",
      eventTypes: ["message.posted"],
    });
    expect(loopback).toMatchObject({
      url: receiver.url,
      isActive: true,
      eventTypes: ["message.posted"],
    });

    // The secret is shown once: never in the list.
    const list = bodyOf<{ webhooks: WebhookBody[] }>(await w.client.client.get(hooksUrl()));
    expect(list.webhooks.map((h) => h.id)).toEqual([https.id, loopback.id]);
    expect(JSON.stringify(list)).not.toContain("whsec_");
  });

  it("keeps one endpoint per URL: a second one (retyped, or two at once) is refused, naming it", async () => {
    const url = "https://hooks.example.com/accord";
    const first = bodyOf<WebhookBody>(await w.client.client.post(hooksUrl(), { url }), 201);
    const again = expectError(
      await w.client.client.post(hooksUrl(), { url: "https://HOOKS.example.com:443/accord" }),
      409,
      "webhook_url_taken",
    );
    expect(again.message).toContain(url);
    expect(again.fields?.[0]?.path).toBe("url");
    // Two requests at once make one endpoint.
    const other = "https://hooks.example.com/other";
    const statuses = (
      await Promise.all([
        w.client.client.post(hooksUrl(), { url: other }),
        w.client.client.post(hooksUrl(), { url: other }),
      ])
    ).map((response) => response.statusCode);
    expect(statuses.sort()).toEqual([201, 409]);
    const second = bodyOf<{ webhooks: WebhookBody[] }>(
      await w.client.client.get(hooksUrl()),
    ).webhooks.find((hook) => hook.url === other);
    // Moving an endpoint onto another's URL is refused; keeping its own is not.
    expectError(
      await w.client.client.patch(hooksUrl(w.clientOrg.id, `/${second!.id}`), { url }),
      409,
      "webhook_url_taken",
    );
    bodyOf(await w.client.client.patch(hooksUrl(w.clientOrg.id, `/${first.id}`), { url }));
    // Another organisation may use the same URL.
    bodyOf(await w.provider.client.post(hooksUrl(w.providerOrg.id), { url }), 201);
    expect(
      bodyOf<{ webhooks: WebhookBody[] }>(await w.client.client.get(hooksUrl())).webhooks,
    ).toHaveLength(2);
  });

  it("posts a signed event to a real receiver, which verifies it with the secret", async () => {
    const hook = await createHook();
    const message = await postMessage(t, w.provider, w.engagement.id, "Delivered!");
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 1 });

    expect(receiver.received).toHaveLength(1);
    const request = receiver.received[0]!;
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["user-agent"]).toBe("Accord-Webhooks/1");
    expect(request.headers["accord-event-type"]).toBe("message.posted");
    expect(verifiesWithSecret(request, hook.secret!)).toBe(true);
    expect(verifiesWithSecret(request, "whsec_wrong")).toBe(false);
    const stamp = Number(/t=(\d+)/.exec(String(request.headers["accord-signature"]))?.[1]);
    expect(stamp).toBe(Math.floor(t.clock.now().getTime() / 1000));

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(`/api/v1/engagements/${w.engagement.id}/events`),
    ).events;
    const event = events.find((e) => e.type === "message.posted")!;
    expect(JSON.parse(request.body)).toEqual({
      id: event.id,
      type: "message.posted",
      occurredAt: expect.any(String) as string,
      engagementId: w.engagement.id,
      seq: event.seq,
      hash: event.hash,
      data: { messageId: message.id, threadKind: "engagement", threadId: "" },
    });

    const [delivery] = await deliveriesOf(hook);
    expect(request.headers["accord-webhook-id"]).toBe(delivery?.id);
    expect(delivery).toMatchObject({
      eventId: event.id,
      status: "succeeded",
      attempts: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect((await detailOf(hook, delivery!.id)).payload).toBe(request.body);
    expect(await sweep()).toEqual({ attempted: 0, succeeded: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("retries a failed delivery after the back-off, and logs both attempts", async () => {
    const hook = await createHook();
    receiver.answerWith({ status: 500 });
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 0 });
    const [failed] = await deliveriesOf(hook);
    expect(failed).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: 500,
      lastProblem: "receiver_refused",
      lastError: "receiver says 500",
      nextAttemptAt: new Date(t.clock.now().getTime() + 30 * SECOND).toISOString(),
    });

    // Not before its time.
    t.clock.advance(29 * SECOND);
    expect(await sweep()).toEqual({ attempted: 0, succeeded: 0 });
    t.clock.advance(2 * SECOND);
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 1 });

    const detail = await detailOf(hook, failed!.id);
    expect(detail).toMatchObject({
      status: "succeeded",
      attempts: 2,
      lastStatusCode: 200,
      lastProblem: null,
      lastError: null,
    });
    expect(detail.attemptLog.map((a) => [a.attempt, a.statusCode, a.problem, a.error])).toEqual([
      [1, 500, "receiver_refused", "receiver says 500"],
      [2, 200, null, null],
    ]);
    expect(receiver.received.map((r) => r.body)).toEqual([detail.payload, detail.payload]);
  });

  it("gives up after the last retry of its schedule", async () => {
    const hook = await createHook();
    receiver.answerWith(...Array.from({ length: 7 }, () => ({ status: 503 })));
    await postMessage(t, w.provider, w.engagement.id, "Anyone?");
    for (const wait of [0, 30, 120, 600, 3600, 21_600, 86_400]) {
      t.clock.advance(wait * SECOND);
      expect(await sweep()).toEqual({ attempted: 1, succeeded: 0 });
    }
    t.clock.advance(7 * 86_400 * SECOND);
    expect(await sweep()).toEqual({ attempted: 0, succeeded: 0 });
    expect(await deliveriesOf(hook)).toMatchObject([
      { status: "failed", attempts: 7, lastStatusCode: 503, nextAttemptAt: null },
    ]);
  });

  it("does not follow redirects", async () => {
    const hook = await createHook();
    receiver.answerWith({ status: 302, headers: { location: `${receiver.url}/elsewhere` } });
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    await sweep();
    expect(receiver.received.map((r) => r.url)).toEqual(["/accord"]);
    expect(await deliveriesOf(hook)).toMatchObject([
      {
        status: "pending",
        lastStatusCode: 302,
        lastProblem: "redirect_not_followed",
        lastError: `${receiver.url}/elsewhere`,
      },
    ]);
  });

  it("logs a receiver that cannot be reached", async () => {
    const hook = await createHook();
    await receiver.close();
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 0 });
    const [delivery] = await deliveriesOf(hook);
    expect(delivery).toMatchObject({
      status: "pending",
      lastStatusCode: null,
      lastProblem: "request_failed",
      lastError: "ECONNREFUSED",
    });
    receiver = await startReceiver(); // for afterEach
  });

  it("replays a delivery as a new one with the same bytes", async () => {
    const hook = await createHook();
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    await sweep();
    const [original] = await deliveriesOf(hook);
    t.clock.advance(3600 * SECOND);
    const replay = bodyOf<DeliveryBody>(
      await w.client.client.post(
        hooksUrl(hook.orgId, `/${hook.id}/deliveries/${original!.id}/replay`),
      ),
      201,
    );
    expect(replay).toMatchObject({
      replayOf: original!.id,
      eventId: original!.eventId,
      status: "pending",
      attempts: 0,
    });
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
    expect(receiver.received[1]?.headers["accord-webhook-id"]).toBe(replay.id);
    expect(verifiesWithSecret(receiver.received[1]!, hook.secret!)).toBe(true);

    // A switched-off endpoint is not sent to, replays included.
    bodyOf(await w.client.client.patch(hooksUrl(hook.orgId, `/${hook.id}`), { isActive: false }));
    expectError(
      await w.client.client.post(
        hooksUrl(hook.orgId, `/${hook.id}/deliveries/${original!.id}/replay`),
      ),
      409,
      "webhook_inactive",
    );
  });

  it("sends each organisation only the types it subscribed to, and nothing while switched off", async () => {
    const clientHook = await createHook(w.client, w.clientOrg.id, {
      eventTypes: ["deliverable.submitted"],
    });
    const providerHook = await createHook(w.provider, w.providerOrg.id);
    await postMessage(t, w.client, w.engagement.id, "Hello");
    expect(await deliveriesOf(clientHook)).toEqual([]);
    expect(await deliveriesOf(providerHook, w.provider)).toHaveLength(1);

    bodyOf(
      await w.provider.client.patch(hooksUrl(w.providerOrg.id, `/${providerHook.id}`), {
        isActive: false,
      }),
    );
    await postMessage(t, w.client, w.engagement.id, "Hello again");
    expect(await deliveriesOf(providerHook, w.provider)).toHaveLength(1);
    // The pending delivery waits while the endpoint is off.
    expect(await sweep()).toEqual({ attempted: 0, succeeded: 0 });
    bodyOf(
      await w.provider.client.patch(hooksUrl(w.providerOrg.id, `/${providerHook.id}`), {
        isActive: true,
        eventTypes: ["message.posted"],
        description: "Messages only",
      }),
    );
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 1 });
  });

  it("signs with the new secret once it is rotated", async () => {
    const hook = await createHook();
    const rotated = bodyOf<WebhookBody>(
      await w.client.client.post(hooksUrl(hook.orgId, `/${hook.id}/rotate-secret`)),
    );
    expect(rotated.secret).not.toBe(hook.secret);
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    await sweep();
    expect(verifiesWithSecret(receiver.received[0]!, rotated.secret!)).toBe(true);
    expect(verifiesWithSecret(receiver.received[0]!, hook.secret!)).toBe(false);
  });

  it("takes over a delivery whose sender died, but not one still being sent", async () => {
    const hook = await createHook();
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    const now = t.clock.now().getTime();
    const stuck = (leaseUntil: number) =>
      t.deps.db
        .updateTable("webhook_deliveries")
        .set({ status: "sending", lease_until: new Date(leaseUntil).toISOString() })
        .execute();
    await stuck(now + 10 * SECOND);
    expect(await sweep()).toEqual({ attempted: 0, succeeded: 0 });
    await stuck(now - SECOND);
    expect(await sweep()).toEqual({ attempted: 1, succeeded: 1 });
    expect(await deliveriesOf(hook)).toMatchObject([{ status: "succeeded", attempts: 1 }]);
  });

  it("delivers each delivery once when several sweeps run at the same time", async () => {
    await createHook();
    for (let i = 0; i < 12; i++) await postMessage(t, w.provider, w.engagement.id, `n${i}`);
    const sweeps = await Promise.all([sweep(), sweep(), sweep()]);
    expect(sweeps.reduce((sum, s) => sum + s.succeeded, 0)).toBe(12);
    const ids = receiver.received.map((r) => String(r.headers["accord-webhook-id"]));
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it("removes an endpoint with its log", async () => {
    const hook = await createHook();
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    await sweep();
    bodyOf(await w.client.client.delete(hooksUrl(hook.orgId, `/${hook.id}`)));
    expectError(
      await w.client.client.get(hooksUrl(hook.orgId, `/${hook.id}/deliveries`)),
      404,
      "not_found",
    );
    const left = await t.deps.db.selectFrom("webhook_deliveries").selectAll().execute();
    expect(left).toEqual([]);
  });

  it("lets members read the log and only owners manage; the other side sees nothing", async () => {
    const hook = await createHook();
    await postMessage(t, w.provider, w.engagement.id, "Hello");
    const [delivery] = await deliveriesOf(hook);
    const member = await joinAs(t, w.client, w.clientOrg, "Mia", "member");
    expect(await deliveriesOf(hook, member)).toHaveLength(1);
    for (const response of [
      await member.client.post(hooksUrl(), { url: receiver.url }),
      await member.client.patch(hooksUrl(hook.orgId, `/${hook.id}`), { isActive: false }),
      await member.client.post(hooksUrl(hook.orgId, `/${hook.id}/rotate-secret`)),
      await member.client.post(
        hooksUrl(hook.orgId, `/${hook.id}/deliveries/${delivery!.id}/replay`),
      ),
      await member.client.delete(hooksUrl(hook.orgId, `/${hook.id}`)),
    ]) {
      expectError(response, 403, "forbidden");
    }
    // The provider is the client's partner in the engagement, and still sees none of its hooks.
    for (const response of [
      await w.provider.client.get(hooksUrl()),
      await w.provider.client.get(hooksUrl(w.clientOrg.id, `/${hook.id}/deliveries`)),
      await w.provider.client.get(
        hooksUrl(w.clientOrg.id, `/${hook.id}/deliveries/${delivery!.id}`),
      ),
      // The client's endpoint under the provider's own organisation is not found either.
      await w.provider.client.get(hooksUrl(w.providerOrg.id, `/${hook.id}/deliveries`)),
      await w.provider.client.post(
        hooksUrl(w.providerOrg.id, `/${hook.id}/deliveries/${delivery!.id}/replay`),
      ),
    ]) {
      expectError(response, 404, "not_found");
    }
  });
});

describe.each(DIALECTS)("webhooks of a test-clock instance on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { testClock: true });
    w = await buildAcceptedEngagement(t);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await t.close();
  });

  // A receiver refuses a signature time five minutes from its own clock (docs/WEBHOOKS.md): a
  // sandbox's clock moved days ahead made it refuse every event until 5 December 2026.
  it("signs with the real time while the event keeps the test clock's", async () => {
    const operator = await signUpPerson(t.app, "Olga Operator");
    await setPlatformRole(t.deps.db, operator.userId, "moderator");
    bodyOf(await operator.client.post("/api/v1/test-clock/advance", { by: "3d" }));
    const hook = bodyOf<WebhookBody>(
      await w.client.client.post(`/api/v1/orgs/${w.clientOrg.id}/webhooks`, {
        url: receiver.url,
      }),
      201,
    );
    await postMessage(t, w.provider, w.engagement.id, "Three days later");

    expect(await deliverDueWebhooks(t.deps)).toEqual({ attempted: 1, succeeded: 1 });

    const request = receiver.received[0]!;
    expect(verifiesWithSecret(request, hook.secret!)).toBe(true);
    const stamp = Number(/t=(\d+)/.exec(String(request.headers["accord-signature"]))?.[1]);
    expect(stamp).toBe(Math.floor(t.clock.now().getTime() / 1000));
    const sent = JSON.parse(request.body) as { occurredAt: string };
    expect(Date.parse(sent.occurredAt) - t.clock.now().getTime()).toBe(3 * 24 * 3_600 * SECOND);
  });
});
