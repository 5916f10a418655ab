import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import type { AgreementTerms } from "../../shared/api/types";
import { emptyCommercialTerms } from "../terms/terms-form-state";
import {
  AGREEMENT_WORDS,
  AgreementDraftForm,
  agreementToForm,
  readAgreementDraft,
  type AgreementForm,
} from "./agreement-form-state";

const signedTerms: AgreementTerms = {
  deliverables: [
    {
      id: "d1",
      title: "Online shop",
      description: "",
      criteria: [{ id: "c1", statement: "Card payments work", verification: "" }],
      revisionLimit: 3,
      milestoneId: null,
      coversMustHaveIds: [],
    },
  ],
  milestones: [],
  methodology: "",
  cadence: { checkInEveryDays: 14, channels: [] },
  clientResponsibilities: [],
  providerResponsibilities: [],
  remuneration: {
    model: "time_and_materials",
    currency: "EUR",
    amountMinor: null,
    rateMinor: 80_000,
    estimatedEffort: { unit: "hour", quantity: 1250.5 },
    retainerPeriod: null,
  },
  paymentTermsDays: 30,
  scope: "",
  responseTimes: { clientHours: 48, providerHours: 24 },
  statutoryLateInterest: true,
  changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: 50_000 },
  reviewWindowDays: 5,
  hasDeemedAcceptance: true,
  noticePeriodDays: null,
  handOverDuties: [],
  disputeLadder: [],
  additionalClauses: [],
  isFloorWaived: false,
};

const check = (form: AgreementForm, locale: string) =>
  checkForm(AgreementDraftForm, form, { words: AGREEMENT_WORDS, read: readAgreementDraft }, locale);

describe("the agreement editor, checked with the server's terms contract", () => {
  it("names an agreement's unreadable threshold and response time at the body's paths", async () => {
    const form: AgreementForm = {
      ...emptyCommercialTerms("EUR"),
      deliverables: [
        {
          ...emptyCommercialTerms("EUR").deliverables[0]!,
          title: "Online shop",
          criteria: [{ id: "c1", statement: "Card payments work", verification: "" }],
        },
      ],
      scope: "",
      clientHours: "0",
      providerHours: "24",
      statutoryLateInterest: true,
      isAmendmentRequired: true,
      acknowledgementBelow: "beaucoup",
      reviewWindowDays: "5",
      hasDeemedAcceptance: true,
      noticePeriodDays: "",
      handOverDuties: [],
      disputeLadder: [],
      additionalClauses: [{ id: "k1", text: "  " }],
      isFloorWaived: false,
    };
    const checked = await checkForm(
      AgreementDraftForm,
      form,
      { words: AGREEMENT_WORDS, read: readAgreementDraft },
      "fr",
    );
    expect(checked.problems).toEqual([
      {
        path: "terms.changeControl.acknowledgementBelowMinor",
        message: { key: "money.invalid" },
      },
      {
        path: "terms.responseTimes.clientHours",
        message: { key: "validation.too_small", values: { minimum: 1 } },
      },
    ]);
  });

  it.each(["en", "fr", "de", "es", "id"])(
    "reads back in %s the terms it shows for a saved draft",
    async (locale) => {
      const checked = await check(agreementToForm(signedTerms, locale), locale);
      expect(checked.problems).toEqual([]);
      expect(checked.data?.terms).toEqual(signedTerms);
    },
  );

  it("reads an effort in the reader's language: 1.000 hours in German, 2,5 days in French", async () => {
    const effort = (quantity: string, locale: string) =>
      check(
        {
          ...agreementToForm(signedTerms, locale),
          remuneration: {
            ...agreementToForm(signedTerms, locale).remuneration,
            effortQuantity: quantity,
          },
        },
        locale,
      ).then((checked) => checked.data?.terms.remuneration.estimatedEffort?.quantity);
    expect(await effort("1.000", "de")).toBe(1000);
    expect(await effort("2,5", "fr")).toBe(2.5);
    expect(await effort("1,000", "en")).toBe(1000);
  });

  it("names every unreadable number at its field instead of reading it as 0 or none", async () => {
    const form = agreementToForm(signedTerms, "de");
    const checked = await check(
      {
        ...form,
        deliverables: [{ ...form.deliverables[0]!, revisionLimit: "drei" }],
        checkInEveryDays: "1 4",
        paymentTermsDays: "30 Tage",
        providerHours: "x",
        reviewWindowDays: "?",
        remuneration: { ...form.remuneration, effortQuantity: "viel" },
      },
      "de",
    );
    const invalid = { key: "form.number.invalid" };
    expect(checked.problems).toEqual([
      { path: "terms.deliverables.0.revisionLimit", message: invalid },
      { path: "terms.cadence.checkInEveryDays", message: invalid },
      { path: "terms.remuneration.estimatedEffort.quantity", message: invalid },
      { path: "terms.paymentTermsDays", message: invalid },
      { path: "terms.responseTimes.providerHours", message: invalid },
      { path: "terms.reviewWindowDays", message: invalid },
    ]);
  });
});
