import { describe, expect, it } from "vitest";
import { ProfileBody } from "../../../contracts/profiles";
import { checkForm } from "../../shared/forms/use-contract-form";
import { PROFILE_WORDS, newRate, readProfileBody, type ProfileForm } from "./profile-form-state";

const profile: ProfileForm = {
  headline: "Shops that sell",
  description: "",
  skillIds: [],
  languages: ["en"],
  timeZones: [" Europe/Paris ", ""],
  rates: [{ ...newRate(), amount: "650" }],
  hasFloor: true,
  floorAmount: "500",
  floorCurrency: "EUR",
  floorUnit: "day",
  availableFrom: "",
};

const check = (form: ProfileForm) =>
  checkForm(ProfileBody, form, { words: PROFILE_WORDS, read: readProfileBody }, "en");

describe("the provider profile form, checked with the server's contract", () => {
  it("asks for a headline, a rate's amount and a floor, and sends nothing", async () => {
    const checked = await check({
      ...profile,
      headline: "",
      rates: [
        { ...newRate(), amount: "" },
        { ...newRate(), amount: "lots" },
      ],
      floorAmount: " ",
    });
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "rates.0.amountMinor", message: { key: "form.profile.rateMissing" } },
      { path: "rates.1.amountMinor", message: { key: "money.invalid" } },
      { path: "floorRate.amountMinor", message: { key: "form.profile.floorMissing" } },
      { path: "headline", message: { key: "form.profile.headlineMissing" } },
    ]);
  });

  it("reads the rates and the floor in minor units, without empty time zones", async () => {
    const checked = await check(profile);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toMatchObject({
      timeZones: ["Europe/Paris"],
      rates: [{ unit: "day", currency: "EUR", amountMinor: 65_000 }],
      floorRate: { currency: "EUR", unit: "day", amountMinor: 50_000 },
      availableFrom: null,
    });
  });
});
