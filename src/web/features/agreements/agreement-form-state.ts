import type { DISPUTE_STEPS } from "../../../domain/agreement/terms";
import { EditDraftBody } from "../../../contracts/agreements";
import type { AgreementTerms } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatMoneyInput, formatNumberInput } from "../../shared/lib/money";
import {
  commercialTermsToForm,
  formToCommercialTerms,
  termsNumbers,
  termsWords,
  type CommercialTermsForm,
} from "../terms/terms-form-state";

export type DisputeStep = (typeof DISPUTE_STEPS)[number];

/** The agreement's terms as the draft editor holds them. */
export interface AgreementForm extends CommercialTermsForm {
  scope: string;
  clientHours: string;
  providerHours: string;
  statutoryLateInterest: boolean;
  isAmendmentRequired: boolean;
  acknowledgementBelow: string;
  reviewWindowDays: string;
  hasDeemedAcceptance: boolean;
  noticePeriodDays: string;
  handOverDuties: string[];
  disputeLadder: DisputeStep[];
  additionalClauses: { id: string; text: string }[];
  isFloorWaived: boolean;
}

export function agreementToForm(terms: AgreementTerms, locale: string): AgreementForm {
  const currency = terms.remuneration.currency;
  const below = terms.changeControl.acknowledgementBelowMinor;
  return {
    ...commercialTermsToForm(terms, locale),
    scope: terms.scope,
    clientHours: formatNumberInput(terms.responseTimes.clientHours, locale),
    providerHours: formatNumberInput(terms.responseTimes.providerHours, locale),
    statutoryLateInterest: terms.statutoryLateInterest,
    isAmendmentRequired: terms.changeControl.isAmendmentRequired,
    acknowledgementBelow: below === null ? "" : formatMoneyInput(below, currency, locale),
    reviewWindowDays:
      terms.reviewWindowDays === null ? "" : formatNumberInput(terms.reviewWindowDays, locale),
    hasDeemedAcceptance: terms.hasDeemedAcceptance,
    noticePeriodDays:
      terms.noticePeriodDays === null ? "" : formatNumberInput(terms.noticePeriodDays, locale),
    handOverDuties: terms.handOverDuties,
    disputeLadder: terms.disputeLadder,
    additionalClauses: terms.additionalClauses,
    isFloorWaived: terms.isFloorWaived,
  };
}

/**
 * What the editor checks: the contract's terms. The base hash the save states is the editor's,
 * not something a person types, so it is added once the terms are fine.
 */
export const AgreementDraftForm = EditDraftBody.pick({ terms: true });

export const AGREEMENT_WORDS: FormWords = termsWords("terms");

/** The terms as the API takes them, numbers read from what was typed, at the body's paths. */
export function readAgreementDraft(
  form: AgreementForm,
  text: TypedText,
): { terms: AgreementTerms } {
  const numbers = termsNumbers(text, "terms");
  const currency = form.remuneration.currency;
  const terms: AgreementTerms = {
    ...formToCommercialTerms(form, numbers),
    scope: form.scope,
    responseTimes: {
      clientHours: numbers.number("responseTimes.clientHours", form.clientHours),
      providerHours: numbers.number("responseTimes.providerHours", form.providerHours),
    },
    statutoryLateInterest: form.statutoryLateInterest,
    changeControl: {
      isAmendmentRequired: form.isAmendmentRequired,
      acknowledgementBelowMinor: numbers.optionalAmount(
        "changeControl.acknowledgementBelowMinor",
        form.acknowledgementBelow,
        currency,
      ),
    },
    reviewWindowDays: numbers.optionalNumber("reviewWindowDays", form.reviewWindowDays),
    hasDeemedAcceptance: form.hasDeemedAcceptance,
    noticePeriodDays: numbers.optionalNumber("noticePeriodDays", form.noticePeriodDays),
    handOverDuties: form.handOverDuties.map((duty) => duty.trim()).filter(Boolean),
    disputeLadder: form.disputeLadder,
    additionalClauses: form.additionalClauses.filter((clause) => clause.text.trim() !== ""),
    isFloorWaived: form.isFloorWaived,
  };
  return { terms };
}
