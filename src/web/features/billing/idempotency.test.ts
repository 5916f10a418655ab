import { describe, expect, it } from "vitest";
import { newIdempotencyKey, submissionFor } from "./idempotency";

describe("idempotency keys of payment submissions", () => {
  it("are random UUIDs", () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it("keeps the key when the same request is sent again, so a retry is not a second payment", () => {
    let n = 0;
    const makeKey = () => `key-${++n}`;
    const body = { amountMinor: 500_000, currency: "EUR", paidOn: "2026-11-20", reference: "" };
    const first = submissionFor(null, body, makeKey);
    expect(first.key).toBe("key-1");
    expect(submissionFor(first, { ...body }, makeKey)).toBe(first);
  });

  it("makes a new key when any field of the request changed", () => {
    let n = 0;
    const makeKey = () => `key-${++n}`;
    const first = submissionFor(null, { amountMinor: 500_000, paidOn: "2026-11-20" }, makeKey);
    const second = submissionFor(first, { amountMinor: 400_000, paidOn: "2026-11-20" }, makeKey);
    expect(second.key).toBe("key-2");
  });
});
