import type { ProposalTerms, UpdateProposalBody } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import {
  commercialTermsToForm,
  emptyCommercialTerms,
  formToCommercialTerms,
  termsNumbers,
  termsWords,
  type CommercialTermsForm,
} from "../terms/terms-form-state";

export interface ProposalForm extends CommercialTermsForm {
  summary: string;
  /** The offer's last day (`YYYY-MM-DD`), or "" for an offer that never lapses. */
  validUntil: string;
}

/** A new proposal starts in the brief's currency with one deliverable and one criterion. */
export function emptyProposalForm(currency: string): ProposalForm {
  return { summary: "", validUntil: "", ...emptyCommercialTerms(currency) };
}

export function proposalToForm(terms: ProposalTerms, locale: string): ProposalForm {
  return {
    summary: terms.summary,
    validUntil: terms.validUntil ?? "",
    ...commercialTermsToForm(terms, locale),
  };
}

/** The proposal form's words: those of the terms, which sit under `terms` in the body. */
export const PROPOSAL_WORDS: FormWords = termsWords("terms");

/** The request body, amounts read from what was typed, at the body's paths (`terms.…`). */
export function readProposalBody(form: ProposalForm, text: TypedText): UpdateProposalBody {
  return {
    terms: {
      summary: form.summary,
      validUntil: form.validUntil === "" ? null : form.validUntil,
      ...formToCommercialTerms(form, termsNumbers(text, "terms")),
    },
  };
}

/** The client's answers that carry a text the provider reads. */
export const REQUEST_REVISION_WORDS: FormWords = {
  note: { required: "form.proposal.revisionNoteMissing" },
};

export const DECLINE_PROPOSAL_WORDS: FormWords = {
  reason: { required: "form.proposal.declineReasonMissing" },
};
