import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  endpointAt,
  isSubscribed,
  isValidWebhookSignature,
  nextWebhookAttemptAt,
  webhookBody,
  webhookSignature,
  webhookUrlProblem,
} from "./webhook-delivery";

describe("webhook signature", () => {
  const secret = "whsec_test-secret";
  const body = '{"id":"ev1","type":"message.posted"}';

  it("is an HMAC-SHA256 of the time and the body, as any receiver computes it", () => {
    // Computed independently, the way the receiver guide in docs/WEBHOOKS.md does it.
    const expected = createHmac("sha256", secret).update(`1795000000.${body}`).digest("hex");
    expect(webhookSignature(secret, 1_795_000_000, body)).toBe(`t=1795000000,v1=${expected}`);
    // A known value, so a change of scheme cannot pass unnoticed.
    expect(createHmac("sha256", "key").update("1.{}").digest("hex")).toBe(
      webhookSignature("key", 1, "{}").slice("t=1,v1=".length),
    );
  });

  it("verifies with the right secret, body and time only", () => {
    const header = webhookSignature(secret, 1_795_000_000, body);
    expect(isValidWebhookSignature(header, secret, body, 1_795_000_100)).toBe(true);
    expect(isValidWebhookSignature(header, "whsec_other", body, 1_795_000_100)).toBe(false);
    expect(isValidWebhookSignature(header, secret, `${body} `, 1_795_000_100)).toBe(false);
    // Older than the tolerance: a request captured and sent again later is refused.
    expect(isValidWebhookSignature(header, secret, body, 1_795_000_301)).toBe(false);
    expect(isValidWebhookSignature("t=1795000000,v1=zz", secret, body, 1_795_000_000)).toBe(false);
    expect(isValidWebhookSignature("nonsense", secret, body, 1_795_000_000)).toBe(false);
  });
});

describe("webhook retries", () => {
  const failedAt = new Date("2026-11-22T10:00:00.000Z");
  const waitAfter = (attempts: number) => {
    const next = nextWebhookAttemptAt(attempts, failedAt);
    return next && (next.getTime() - failedAt.getTime()) / 1000;
  };

  it("back off from 30 seconds to a day, then give up after the seventh attempt", () => {
    expect([1, 2, 3, 4, 5, 6].map(waitAfter)).toEqual([30, 120, 600, 3600, 21_600, 86_400]);
    expect(waitAfter(7)).toBeNull();
  });
});

describe("webhook body", () => {
  it("carries the event's identity, place in the chain and payload, in a fixed order", () => {
    const body = webhookBody({
      id: "ev1",
      type: "message.posted",
      occurredAt: "2026-11-22T10:00:00.000Z",
      engagementId: "e1",
      seq: 7,
      hash: "ab".repeat(32),
      payload: { messageId: "m1", threadKind: "engagement", threadId: "" },
    });
    expect(body).toBe(
      `{"id":"ev1","type":"message.posted","occurredAt":"2026-11-22T10:00:00.000Z","engagementId":"e1","seq":7,"hash":"${"ab".repeat(32)}","data":{"messageId":"m1","threadKind":"engagement","threadId":""}}`,
    );
  });

  it("goes to endpoints subscribed to the type, or to every type", () => {
    expect(isSubscribed([], "message.posted")).toBe(true);
    expect(isSubscribed(["message.posted"], "message.posted")).toBe(true);
    expect(isSubscribed(["deliverable.submitted"], "message.posted")).toBe(false);
  });
});

describe("webhook URLs", () => {
  it("must be HTTPS to a public host", () => {
    expect(webhookUrlProblem("https://hooks.example.com/accord", false)).toBeNull();
    expect(webhookUrlProblem("http://hooks.example.com/accord", false)).toBe("https_required");
    expect(webhookUrlProblem("ftp://hooks.example.com/", false)).toBe("https_required");
    expect(webhookUrlProblem("not a url", false)).toBe("invalid");
    expect(webhookUrlProblem("https://user:pw@hooks.example.com/", false)).toBe("invalid");
  });

  it("may not aim at loopback or private addresses", () => {
    for (const url of [
      "https://localhost/hook",
      "https://127.0.0.1/hook",
      "https://10.1.2.3/hook",
      "https://172.20.0.1/hook",
      "https://192.168.1.1/hook",
      "https://169.254.169.254/latest",
      "https://[::1]/hook",
      "https://[fd00::1]/hook",
      "https://[::ffff:10.0.0.1]/hook",
    ]) {
      expect(webhookUrlProblem(url, false), url).toBe("private_host");
    }
    expect(webhookUrlProblem("https://172.32.0.1/hook", false)).toBeNull();
  });

  it("allow plain HTTP on loopback only where the instance allows it", () => {
    for (const url of ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]:9/"]) {
      expect(webhookUrlProblem(url, true), url).toBeNull();
      expect(webhookUrlProblem(url, false), url).toBe("https_required");
    }
    expect(webhookUrlProblem("http://10.0.0.1/hook", true)).toBe("https_required");
    expect(webhookUrlProblem("https://10.0.0.1/hook", true)).toBe("private_host");
  });
});

describe("one endpoint per URL", () => {
  const endpoints = [
    { id: "a", url: "https://hooks.example.com/accord" },
    { id: "b", url: "https://hooks.example.com/other?x=1" },
  ];
  it("finds the endpoint at a URL as a receiver sees it: host case, default port and empty path aside", () => {
    expect(endpointAt(endpoints, "https://HOOKS.example.com:443/accord")?.id).toBe("a");
    expect(endpointAt(endpoints, "https://hooks.example.com/other?x=1")?.id).toBe("b");
    expect(
      endpointAt([{ id: "c", url: "https://hooks.example.com" }], "https://hooks.example.com/")?.id,
    ).toBe("c");
  });
  it("tells apart another path, query, port or scheme, and leaves out the endpoint being changed", () => {
    for (const url of [
      "https://hooks.example.com/Accord",
      "https://hooks.example.com/other?x=2",
      "https://hooks.example.com:8443/accord",
      "http://hooks.example.com/accord",
    ])
      expect(endpointAt(endpoints, url), url).toBeUndefined();
    expect(endpointAt(endpoints, "https://hooks.example.com/accord", "a")).toBeUndefined();
  });
});
