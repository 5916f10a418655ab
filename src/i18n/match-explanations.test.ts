import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { translate } from "./translate";

describe("a match's track record, as each language says it", () => {
  it("gives the tenure in days once there is an engagement, and says nothing of it before", () => {
    const days = {
      en: "412 days",
      fr: "412 jours",
      de: "412 Tage",
      es: "412 días",
      id: "412 hari",
    };
    for (const locale of LOCALES) {
      const seasoned = translate(locale, "match.trackRecord.history", {
        completed: 4,
        returning: 9,
        couldReturn: 10,
        tenure: "days",
        tenureDays: 412,
      });
      expect(seasoned, locale).toContain(days[locale]);
      // The real figures the ranking's lower bound came from, never a bare percentage.
      expect(seasoned, locale).toMatch(/\b9\b[^\d]+\b10\b/);
      expect(seasoned, locale).not.toContain("%");
      const fresh = translate(locale, "match.trackRecord.new", {
        completed: 0,
        tenure: "none",
        tenureDays: 0,
      });
      expect(fresh, locale).not.toMatch(/\d/);
      expect(fresh, locale).toMatch(/[.!]$/);
      const startedToday = translate(locale, "match.trackRecord.new", {
        completed: 0,
        tenure: "days",
        tenureDays: 0,
      });
      expect(startedToday.length, locale).toBeGreaterThan(fresh.length);
    }
  });
});
