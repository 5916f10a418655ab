import { describe, expect, it } from "vitest";
import { classifyRequestFailure } from "./webhook-failure";

describe("a webhook request that got no answer", () => {
  it("is a timeout when the attempt's signal gave up, with no detail to show", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(classifyRequestFailure(timeout)).toEqual({ problem: "timeout", detail: null });
  });

  it("keeps only Node's error code of a failed connection, not its English sentence", () => {
    const refused = Object.assign(new Error("connect ECONNRESET 203.0.113.7:443"), {
      code: "ECONNRESET",
    });
    expect(classifyRequestFailure(refused)).toEqual({
      problem: "request_failed",
      detail: "ECONNRESET",
    });
  });

  it("names the address Accord's own check refused", () => {
    const refused = Object.assign(new Error("hooks.example.com → 10.0.0.7"), {
      code: "EADDRNOTALLOWED",
    });
    expect(classifyRequestFailure(refused)).toEqual({
      problem: "address_refused",
      detail: "hooks.example.com → 10.0.0.7",
    });
  });
});
