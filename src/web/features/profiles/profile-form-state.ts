import type { ProfileBody, ProviderProfile, Rate } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatMoneyInput } from "../../shared/lib/money";

export type RateUnit = Rate["unit"];
export type FloorUnit = "hour" | "day";

export interface RateForm {
  key: string;
  unit: RateUnit;
  amount: string;
  currency: string;
}

/** The profile as the form edits it: amounts as the text the person typed. */
export interface ProfileForm {
  headline: string;
  description: string;
  skillIds: string[];
  languages: string[];
  timeZones: string[];
  rates: RateForm[];
  hasFloor: boolean;
  floorAmount: string;
  floorCurrency: string;
  floorUnit: FloorUnit;
  availableFrom: string;
}

export const DEFAULT_CURRENCY = "EUR";

export function newRate(currency = DEFAULT_CURRENCY): RateForm {
  return { key: crypto.randomUUID(), unit: "day", amount: "", currency };
}

export function profileToForm(profile: ProviderProfile, locale: string): ProfileForm {
  const floor = profile.floorRate;
  return {
    headline: profile.headline,
    description: profile.description,
    skillIds: profile.skillIds,
    languages: profile.languages,
    timeZones: profile.timeZones,
    rates: profile.rates.map((rate) => ({
      key: crypto.randomUUID(),
      unit: rate.unit,
      amount: formatMoneyInput(rate.amountMinor, rate.currency, locale),
      currency: rate.currency,
    })),
    hasFloor: floor !== null,
    floorAmount: floor ? formatMoneyInput(floor.amountMinor, floor.currency, locale) : "",
    floorCurrency: floor?.currency ?? profile.rates[0]?.currency ?? DEFAULT_CURRENCY,
    floorUnit: floor?.unit ?? "day",
    availableFrom: profile.availableFrom ?? "",
  };
}

export const PROFILE_WORDS: FormWords = {
  headline: { required: "form.profile.headlineMissing" },
  "rates.*.amountMinor": { required: "form.profile.rateMissing" },
  "floorRate.amountMinor": { required: "form.profile.floorMissing" },
};

/** The request body, amounts read from what was typed (`text` notes what it cannot read). */
export function readProfileBody(form: ProfileForm, text: TypedText): ProfileBody {
  return {
    headline: form.headline,
    description: form.description,
    skillIds: form.skillIds,
    languages: form.languages,
    timeZones: form.timeZones.map((zone) => zone.trim()).filter(Boolean),
    rates: form.rates.map((rate, index) => ({
      unit: rate.unit,
      currency: rate.currency,
      amountMinor: text.amount(`rates.${index}.amountMinor`, rate.amount, rate.currency),
    })),
    floorRate: form.hasFloor
      ? {
          currency: form.floorCurrency,
          unit: form.floorUnit,
          amountMinor: text.amount("floorRate.amountMinor", form.floorAmount, form.floorCurrency),
        }
      : null,
    availableFrom: form.availableFrom || null,
  };
}
