import { createServer as createHttpServer } from "node:http";
import { createServer, type AddressInfo, type Server } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliverDueWebhooks } from "../../src/server/modules/webhooks/deliver-due-webhooks";
import { DIALECTS } from "../support/databases";
import { fakeResolver, TEST_DNS_RECORDS } from "../support/fake-dns";
import { buildTestApp, type TestApp } from "../support/test-app";
import { buildAcceptedEngagement, expectError, type AcceptedEngagement } from "../api/api-fixtures";
import {
  bodyOf,
  postMessage,
  startReceiver,
  type DeliveryBody,
  type WebhookBody,
} from "../api/collaboration/collaboration-fixtures";

/** A TCP listener that only counts who connects, to prove nobody did. */
async function countingListener(): Promise<{
  port: number;
  connections: () => number;
  close(): Promise<void>;
}> {
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(DIALECTS)("webhook targets inside the network are refused on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  const dns = fakeResolver({
    ...TEST_DNS_RECORDS,
    "169.254.169.254.nip.io": ["169.254.169.254"],
    "metadata.google.internal": ["169.254.169.254"],
    "intranet.example.com": ["10.20.30.40"],
    "mixed.example.com": ["93.184.216.34", "192.168.1.10"],
    "mapped.example.com": ["::ffff:127.0.0.1"],
    "ula.example.com": ["fd00:ec2::254"],
    "rebind.example.com": ["93.184.216.34"],
  });
  beforeEach(async () => {
    t = await buildTestApp(dialect, { allowsLoopbackWebhooks: false, webhookLookup: dns.lookup });
    w = await buildAcceptedEngagement(t);
  });
  afterEach(async () => {
    await t.close();
  });

  const hooks = () => `/api/v1/orgs/${w.clientOrg.id}/webhooks`;
  const create = (url: string) => w.client.client.post(hooks(), { url });

  it("refuses hosts that are, are named as, or resolve to internal addresses", async () => {
    for (const url of [
      "https://localhost./hook",
      "https://LOCALHOST../hook",
      "https://metadata.google.internal/computeMetadata/v1/",
      "https://169.254.169.254.nip.io/latest/meta-data/",
      "https://intranet.example.com/hook",
      "https://mixed.example.com/hook",
      "https://mapped.example.com/hook",
      "https://ula.example.com/hook",
      "https://[::ffff:169.254.169.254]/hook",
      "https://[fe80::1]/hook",
      "https://0.0.0.0/hook",
      "https://2130706433/hook",
      "https://224.0.0.1/hook",
      "https://printer/hook",
    ]) {
      const error = expectError(await create(url), 400, "validation_failed");
      expect(
        error.fields?.map((f) => [f.path, f.code]),
        url,
      ).toEqual([["url", "url_private_host"]]);
    }
    expect(await t.deps.db.selectFrom("webhook_endpoints").selectAll().execute()).toEqual([]);
  });

  it("refuses a host that does not resolve, and accepts one that resolves to public addresses", async () => {
    const error = expectError(
      await create("https://nowhere.example.com/hook"),
      400,
      "validation_failed",
    );
    expect(error.fields?.map((f) => f.code)).toEqual(["url_unresolvable"]);

    const created = await create("https://hooks.example.com/accord");
    expect(created.statusCode, created.body).toBe(201);
  });

  it("checks a changed URL the same way", async () => {
    const hook = bodyOf<WebhookBody>(await create("https://hooks.example.com/accord"), 201);

    const error = expectError(
      await w.client.client.patch(`${hooks()}/${hook.id}`, {
        url: "https://169.254.169.254.nip.io/",
      }),
      400,
      "validation_failed",
    );
    expect(error.fields?.map((f) => f.code)).toEqual(["url_private_host"]);
  });

  it("a name that resolves elsewhere at delivery (DNS rebinding) is never connected to", async () => {
    const listener = await countingListener();
    try {
      const url = `https://rebind.example.com:${listener.port}/hook`;
      const hook = bodyOf<WebhookBody>(await create(url), 201);
      dns.answer("rebind.example.com", ["127.0.0.1"]);
      await postMessage(t, w.provider, w.engagement.id, "Hello");

      expect(await deliverDueWebhooks(t.deps)).toEqual({ attempted: 1, succeeded: 0 });

      expect(listener.connections()).toBe(0);
      const deliveries = bodyOf<{ deliveries: DeliveryBody[] }>(
        await w.client.client.get(`${hooks()}/${hook.id}/deliveries`),
      ).deliveries;
      expect(deliveries).toMatchObject([
        {
          status: "pending",
          lastStatusCode: null,
          lastProblem: "address_refused",
          lastError: "rebind.example.com → 127.0.0.1",
        },
      ]);
    } finally {
      dns.answer("rebind.example.com", ["93.184.216.34"]);
      await listener.close();
    }
  });
});

describe.each(DIALECTS)("the loopback setting for development and tests on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { allowsLoopbackWebhooks: true });
    w = await buildAcceptedEngagement(t);
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await t.close();
  });

  it("lets plain HTTP reach localhost by name, still no private network", async () => {
    const hooks = `/api/v1/orgs/${w.clientOrg.id}/webhooks`;
    const url = receiver.url.replace("127.0.0.1", "localhost");
    bodyOf<WebhookBody>(await w.client.client.post(hooks, { url }), 201);
    expectError(
      await w.client.client.post(hooks, { url: "https://10.0.0.1/hook" }),
      400,
      "validation_failed",
    );

    await postMessage(t, w.provider, w.engagement.id, "Hello");
    expect(await deliverDueWebhooks(t.deps)).toEqual({ attempted: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
  });

  it("keeps a bounded, sanitised excerpt of a failing receiver's answer", async () => {
    const noisy = createHttpServer((_request, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end(`\u001b[31mboom\u0000\u202e${"a".repeat(100_000)}`);
    });
    await new Promise<void>((resolve) => noisy.listen(0, "127.0.0.1", resolve));
    try {
      const port = (noisy.address() as AddressInfo).port;
      const hooks = `/api/v1/orgs/${w.clientOrg.id}/webhooks`;
      const hook = bodyOf<WebhookBody>(
        await w.client.client.post(hooks, { url: `http://127.0.0.1:${port}/hook` }),
        201,
      );

      await postMessage(t, w.provider, w.engagement.id, "Hello");
      await deliverDueWebhooks(t.deps);

      const [delivery] = bodyOf<{ deliveries: DeliveryBody[] }>(
        await w.client.client.get(`${hooks}/${hook.id}/deliveries`),
      ).deliveries;
      expect(delivery?.lastStatusCode).toBe(500);
      expect(delivery?.lastProblem).toBe("receiver_refused");
      expect(delivery?.lastError).toMatch(/^\[31mboomaaaa/);
      expect(delivery?.lastError).toHaveLength(500);
    } finally {
      noisy.closeAllConnections();
      await new Promise<void>((resolve) => noisy.close(() => resolve()));
    }
  });
});
