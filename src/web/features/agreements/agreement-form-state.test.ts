import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import { emptyCommercialTerms } from "../terms/terms-form-state";
import {
  AGREEMENT_WORDS,
  AgreementDraftForm,
  readAgreementDraft,
  type AgreementForm,
} from "./agreement-form-state";

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
});
