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
