import { describe, expect, it } from "vitest";
import { durationOf } from "./durations";

describe("a wait as people read it", () => {
  it("counts minutes under an hour, hours under two days, days beyond", () => {
    expect(durationOf(0.25)).toEqual({ unit: "minute", value: 15 });
    expect(durationOf(2.34)).toEqual({ unit: "hour", value: 2.3 });
    expect(durationOf(47.9)).toEqual({ unit: "hour", value: 47.9 });
    expect(durationOf(60)).toEqual({ unit: "day", value: 2.5 });
  });
});
