import { describe, expect, it } from "vitest";
import { formatDate, formattingLocale } from "./date-format";
import { formatMessageValues } from "./format";
import { translate } from "./translate";

const FIRST = new Date("2026-12-01T00:00:00Z");
const THIRD = new Date("2026-12-03T00:00:00Z");
const UTC = { timeZone: "UTC" } as const;

describe("the locale dates are written in", () => {
  it("takes the reader's region for the interface language from their preferred languages", () => {
    expect(formattingLocale("en", ["en-GB", "en-US"])).toBe("en-GB");
    expect(formattingLocale("en", ["fr-FR", "en-US"])).toBe("en-US");
    expect(formattingLocale("fr", ["en-GB", "fr-CA"])).toBe("fr-CA");
  });

  it("keeps the language alone when no preferred language gives it a region", () => {
    expect(formattingLocale("en", ["en", "de-DE"])).toBe("en");
    expect(formattingLocale("de", [])).toBe("de");
    expect(formattingLocale("en", ["not a tag", "en-AU"])).toBe("en-AU");
  });

  it("writes English dates the British or the American way", () => {
    const long = { dateStyle: "long", ...UTC } as const;
    expect(formatDate("en-GB", THIRD, long)).toBe("3 December 2026");
    expect(formatDate("en-US", THIRD, long)).toBe("December 3, 2026");
    expect(formatDate("en-GB", THIRD, { dateStyle: "short", ...UTC })).toBe("03/12/2026");
    expect(formatDate("en-US", THIRD, { dateStyle: "short", ...UTC })).toBe("12/3/26");
  });
});

describe("the French first of the month", () => {
  it("is written 1er when the month is in words, long or short, with or without the weekday", () => {
    expect(formatDate("fr", FIRST, { dateStyle: "long", ...UTC })).toBe("1er décembre 2026");
    expect(formatDate("fr", FIRST, { dateStyle: "medium", ...UTC })).toBe("1er déc. 2026");
    expect(formatDate("fr-CA", FIRST, { dateStyle: "full", ...UTC })).toBe(
      "mardi 1er décembre 2026",
    );
  });

  it("leaves other days, numeric dates and other languages alone", () => {
    expect(formatDate("fr", THIRD, { dateStyle: "long", ...UTC })).toBe("3 décembre 2026");
    expect(formatDate("fr", FIRST, { dateStyle: "short", ...UTC })).toBe("01/12/2026");
    expect(formatDate("en-GB", FIRST, { dateStyle: "long", ...UTC })).toBe("1 December 2026");
    expect(formatDate("fr", new Date("2026-12-11T00:00:00Z"), { dateStyle: "long", ...UTC })).toBe(
      "11 décembre 2026",
    );
  });

  it("is how the server writes a day in a French message", () => {
    expect(formatMessageValues("fr", { due: { day: "2026-12-01" } })).toEqual({
      due: "1er décembre 2026",
    });
  });

  it("is how the server's French mails write a date", () => {
    const mail = translate("fr", "mail.membership_invitation.body", {
      inviter: "Claire",
      org: "Atelier",
      role: "member",
      link: "https://example.test",
      expiresAt: new Date("2026-12-01T12:00:00Z"),
    });
    expect(mail).toContain("expire le 1er décembre 2026");
  });
});
