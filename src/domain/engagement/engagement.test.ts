import { describe, expect, it } from "vitest";
import { canTakeOtherSide, isAwaitingAnswer, otherSide } from "./engagement";

describe("engagement sides", () => {
  it("pairs a client with a provider and never two of a kind", () => {
    expect(canTakeOtherSide("client", "provider")).toBe(true);
    expect(canTakeOtherSide("provider", "client")).toBe(true);
    expect(canTakeOtherSide("client", "client")).toBe(false);
    expect(canTakeOtherSide("provider", "provider")).toBe(false);
    expect(otherSide("client")).toBe("provider");
  });

  it("accepts an answer only while the engagement is pending", () => {
    expect(isAwaitingAnswer("pending")).toBe(true);
    for (const status of ["active", "declined", "withdrawn"] as const) {
      expect(isAwaitingAnswer(status)).toBe(false);
    }
  });
});
