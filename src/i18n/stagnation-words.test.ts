import { describe, expect, it } from "vitest";
import { translate } from "./translate";

const KEY = "growth.stagnation.reason.goals_flat";
const flat = (goalCount: number) => ({ goalCount, windowDays: 60, bestGainPercent: 1.3 });

/**
 * The "goals flat" signal is on when no goal moved 5% of the way to its target: its reason must
 * say that, not the opposite, for one goal and for several, with the best gain written as the
 * reader writes numbers.
 */
describe("the reason a stagnation review names flat goals", () => {
  it("says the goal, or no goal, moved 5% of the way, never that none moved less", () => {
    expect(translate("en", KEY, flat(1))).toBe(
      "The goal moved less than 5% of the way to its target in 60 days (best: 1.3%)",
    );
    expect(translate("en", KEY, flat(3))).toBe(
      "No goal moved 5% of the way to its target in 60 days (best: 1.3%)",
    );
    expect(translate("en", KEY, flat(0))).toMatch(/^No goal moved 5% /);
    expect(translate("fr", KEY, flat(1))).toMatch(/^L’objectif n’a pas avancé de 5 %/);
    expect(translate("fr", KEY, flat(0))).toMatch(/^Aucun objectif n’a avancé de 5 %/);
    expect(translate("fr", KEY, flat(2))).toMatch(/^Aucun objectif n’a avancé de 5 %/);
    expect(translate("de", KEY, flat(1))).toMatch(/^Das Ziel ist .* um weniger als 5 %/);
    expect(translate("de", KEY, flat(2))).toMatch(/^Kein Ziel ist .* um 5 % /);
    expect(translate("de", KEY, flat(2))).not.toMatch(/weniger/);
    expect(translate("es", KEY, flat(1))).toMatch(/^El objetivo avanzó menos del 5 %/);
    expect(translate("es", KEY, flat(2))).toMatch(/^Ningún objetivo avanzó el 5 %/);
    expect(translate("id", KEY, flat(1))).toMatch(/^Sasaran ini belum maju 5%/);
    expect(translate("id", KEY, flat(2))).toMatch(/^Tidak ada sasaran yang maju 5%/);
  });

  it("writes the best gain as the reader writes a decimal", () => {
    expect(translate("en", KEY, flat(2))).toContain("1.3%");
    expect(translate("fr", KEY, flat(2))).toContain("1,3 %");
    expect(translate("de", KEY, flat(2))).toContain("1,3 %");
    expect(translate("es", KEY, flat(2))).toContain("1,3 %");
    expect(translate("id", KEY, flat(2))).toContain("1,3%");
  });
});

/**
 * Every signal's reason is shown, on or off: with nothing yet to judge it must not assert the
 * opposite ("flat over the last 0 check-ins"), and it names check-ins as the glossary does.
 */
describe("the reasons of signals with nothing yet to judge", () => {
  const RATINGS = "growth.stagnation.reason.ratings_not_rising";
  const INVOICES = "growth.stagnation.reason.only_recurring_invoices";
  it("says no check-in has closed yet, and names check-ins by the glossary's word", () => {
    expect(translate("en", RATINGS, { checkIns: 0 })).toBe(
      "No check-in has closed yet: there are no ratings to compare",
    );
    expect(translate("en", RATINGS, { checkIns: 3 })).toBe(
      "Both sides' check-in ratings have been flat or falling over the last 3 check-ins",
    );
    expect(translate("fr", RATINGS, { checkIns: 0 })).toMatch(/^Aucun point d’étape/);
    expect(translate("de", RATINGS, { checkIns: 3 })).toContain("3 Stimmungsabfragen");
    expect(translate("es", RATINGS, { checkIns: 3 })).toContain("3 seguimientos");
    expect(translate("id", RATINGS, { checkIns: 3 })).toContain("3 cek rutin");
    for (const locale of ["de", "es", "id"] as const) {
      expect(translate(locale, RATINGS, { checkIns: 0 })).not.toMatch(/check-in/i);
    }
  });

  it("says nothing was invoiced rather than that only recurring invoices were", () => {
    expect(translate("en", INVOICES, { invoiceCount: 0, windowDays: 90 })).toBe(
      "No invoice in 90 days",
    );
    expect(translate("en", INVOICES, { invoiceCount: 2, windowDays: 90 })).toBe(
      "Only recurring invoices in 90 days (2): the work bills the same and nothing new",
    );
    for (const locale of ["fr", "de", "es", "id"] as const) {
      expect(translate(locale, INVOICES, { invoiceCount: 0, windowDays: 90 })).not.toContain("(0)");
    }
  });
});
