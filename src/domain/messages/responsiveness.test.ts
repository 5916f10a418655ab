import { describe, expect, it } from "vitest";
import type { Side } from "../engagement/engagement";
import { measureResponsiveness, type TimedMessage } from "./responsiveness";

const START = Date.parse("2026-11-23T09:00:00.000Z");
/** A message `hours` after the start. */
const at = (side: Side, hours: number, thread = "engagement"): TimedMessage => ({
  side,
  thread,
  at: new Date(START + hours * 3_600_000),
});
const AGREED = { clientHours: 48, providerHours: 24 };

describe("responsiveness", () => {
  it("measures each side's answers to the other with the same rule", () => {
    const messages = [
      at("client", 0),
      at("provider", 2), // provider answers in 2 h
      at("client", 50), // client answers in 48 h
      at("provider", 80), // provider answers in 30 h: late
      at("client", 81), // client answers in 1 h
      at("provider", 85), // provider answers in 4 h
    ];
    const result = measureResponsiveness(messages, AGREED, new Date(START + 86 * 3_600_000));
    expect(result.provider).toEqual({
      agreedHours: 24,
      answered: 3,
      medianHours: 4,
      worstHours: 30,
      withinAgreedShare: 2 / 3,
      awaiting: 0,
      overdue: 0,
    });
    expect(result.client).toMatchObject({
      agreedHours: 48,
      answered: 2,
      medianHours: 24.5,
      worstHours: 48,
      withinAgreedShare: 1,
      // The provider's last message waits for the client, for one hour so far.
      awaiting: 1,
      overdue: 0,
    });
  });

  it("starts the wait at the first of several messages and keeps threads apart", () => {
    const messages = [
      at("client", 0, "deliverable:d1"),
      at("client", 5, "deliverable:d1"), // a reminder does not restart the wait
      at("provider", 0, "engagement"), // another thread: no answer to the client
      at("provider", 10, "deliverable:d1"),
    ];
    const result = measureResponsiveness(messages, AGREED, new Date(START + 100 * 3_600_000));
    expect(result.provider).toMatchObject({ answered: 1, medianHours: 10, awaiting: 0 });
    // Two threads end with the provider's word; both have waited past the client's 48 hours.
    expect(result.client).toMatchObject({
      answered: 0,
      medianHours: null,
      awaiting: 2,
      overdue: 2,
    });
  });

  it("still measures times without an agreement, but judges nothing against it", () => {
    const result = measureResponsiveness(
      [at("provider", 0), at("client", 72)],
      null,
      new Date(START + 200 * 3_600_000),
    );
    expect(result.client).toMatchObject({
      agreedHours: null,
      answered: 1,
      worstHours: 72,
      withinAgreedShare: null,
    });
    expect(result.provider).toMatchObject({ awaiting: 1, overdue: 0 });
  });

  it("has nothing to say about an empty conversation", () => {
    const result = measureResponsiveness([], AGREED, new Date(START));
    expect(result.client).toEqual({
      agreedHours: 48,
      answered: 0,
      medianHours: null,
      worstHours: null,
      withinAgreedShare: null,
      awaiting: 0,
      overdue: 0,
    });
  });
});
