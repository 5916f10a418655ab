import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { translate } from "./translate";

describe("the refusal of a hand-in past the revision limit", () => {
  it("agrees with the number of rounds in English: one round is used, none was agreed", () => {
    const say = (limit: number) => translate("en", "error.revision_limit_reached", { limit });
    expect(say(1)).toMatch(/^The 1 revision round agreed for this deliverable is used\./);
    expect(say(2)).toMatch(/^The 2 revision rounds agreed for this deliverable are used\./);
    expect(say(0)).toMatch(/^No revision round was agreed for this deliverable\./);
  });

  it("says no round was agreed, rather than that zero rounds are used, in every language", () => {
    for (const locale of LOCALES) {
      expect(translate(locale, "error.revision_limit_reached", { limit: 0 }), locale).not.toMatch(
        /\b0\b/,
      );
    }
  });
});
