import { describe, expect, it } from "vitest";
import { engagementEndedOn } from "./after-exit";

const at = (iso: string) => new Date(iso);

describe("when an exit has ended the engagement", () => {
  it("goes on while nobody gave notice", () => {
    expect(engagementEndedOn(null, at("2027-01-01T12:00:00Z"))).toBeNull();
    expect(engagementEndedOn(undefined, at("2027-01-01T12:00:00Z"))).toBeNull();
  });

  it("goes on through the notice period, the day before the exit date included", () => {
    const exit = { exitDate: "2027-01-15", endedAmicablyAt: null };
    expect(engagementEndedOn(exit, at("2027-01-14T23:59:59Z"))).toBeNull();
  });

  it("ends on the exit date itself and stays ended after it", () => {
    const exit = { exitDate: "2027-01-15", endedAmicablyAt: null };
    expect(engagementEndedOn(exit, at("2027-01-15T00:00:00Z"))).toBe("2027-01-15");
    expect(engagementEndedOn(exit, at("2027-06-01T08:00:00Z"))).toBe("2027-01-15");
  });

  it("ends on the day of an amicable end that comes before the exit date", () => {
    const exit = { exitDate: "2027-01-15", endedAmicablyAt: "2027-01-10T16:30:00.000Z" };
    expect(engagementEndedOn(exit, at("2027-01-11T09:00:00Z"))).toBe("2027-01-10");
    expect(engagementEndedOn(exit, at("2027-02-01T09:00:00Z"))).toBe("2027-01-10");
  });

  it("names the exit date when the amicable end came after it", () => {
    const exit = { exitDate: "2027-01-15", endedAmicablyAt: "2027-01-20T10:00:00.000Z" };
    expect(engagementEndedOn(exit, at("2027-01-21T09:00:00Z"))).toBe("2027-01-15");
  });
});
