import type { ProposalTerms } from "../../shared/api/types";
import { AmountReader } from "../../shared/lib/form-errors";
import { parseMoneyInput } from "../../shared/lib/money";
import {
  commercialTermsToForm,
  emptyCommercialTerms,
  formToCommercialTerms,
  type CommercialTermsForm,
} from "../terms/terms-form-state";

export interface ProposalForm extends CommercialTermsForm {
  summary: string;
}

/** A new proposal starts in the brief's currency with one deliverable and one criterion. */
export function emptyProposalForm(currency: string): ProposalForm {
  return { summary: "", ...emptyCommercialTerms(currency) };
}

export function proposalToForm(terms: ProposalTerms, locale: string): ProposalForm {
  return { summary: terms.summary, ...commercialTermsToForm(terms, locale) };
}

export function formToProposalTerms(
  form: ProposalForm,
  locale: string,
): { terms: ProposalTerms; invalid: Set<string> } {
  const amounts = new AmountReader((text, currency) => parseMoneyInput(text, currency, locale));
  const terms = { summary: form.summary, ...formToCommercialTerms(form, amounts) };
  return { terms, invalid: amounts.invalid };
}
