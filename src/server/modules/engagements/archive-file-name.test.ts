import { describe, expect, it } from "vitest";
import { archiveFileName } from "./download-archive";

describe("archiveFileName", () => {
  const on = new Date("2026-12-02T23:30:00.000Z");

  it("slugs the title to ASCII and dates the file", () => {
    expect(archiveFileName("Café – Relaunch 2027!", on)).toBe(
      "accord-cafe-relaunch-2027-2026-12-02.json",
    );
  });

  it("names an engagement whose title has no ASCII letters", () => {
    expect(archiveFileName("日本語", on)).toBe("accord-engagement-2026-12-02.json");
  });

  it("keeps long titles short, without a trailing dash", () => {
    const name = archiveFileName(`${"a".repeat(59)} bcd`, on);
    expect(name).toBe(`accord-${"a".repeat(59)}-2026-12-02.json`);
  });
});
