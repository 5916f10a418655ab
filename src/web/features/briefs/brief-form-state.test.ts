import { describe, expect, it } from "vitest";
import type { Brief } from "../../shared/api/types";
import { TypedText } from "../../shared/forms/typed-text";
import { briefToForm, readBriefBody } from "./brief-form-state";

const saved = {
  title: "Online shop",
  goals: [],
  successMeasures: [],
  mustHaves: [],
  niceToHaves: [],
  skillIds: [],
  budget: { currency: "EUR", minMinor: 1_000_050, maxMinor: 2_000_000 },
  clientPeople: [{ role: "Owner", hoursPerWeek: 2.5 }],
  businessModelScope: "",
  constraints: [],
  earliestStart: null,
  deadline: null,
  preferredLanguages: [],
} as unknown as Brief;

describe("the brief editor", () => {
  it.each(["en", "fr", "de", "es", "id"])(
    "reads back in %s the hours and budget it shows for a saved brief",
    (locale) => {
      const text = new TypedText(locale);
      const body = readBriefBody(briefToForm(saved, locale), text);
      expect(text.issues).toEqual([]);
      expect(body.clientPeople).toEqual([{ role: "Owner", hoursPerWeek: 2.5 }]);
      expect(body.budget).toEqual({ currency: "EUR", minMinor: 1_000_050, maxMinor: 2_000_000 });
    },
  );

  it("shows a saved 2.5 hours as the reader writes it", () => {
    expect(briefToForm(saved, "fr").clientPeople[0]?.hoursPerWeek).toBe("2,5");
    expect(briefToForm(saved, "de").clientPeople[0]?.hoursPerWeek).toBe("2,5");
    expect(briefToForm(saved, "en").clientPeople[0]?.hoursPerWeek).toBe("2.5");
  });
});
