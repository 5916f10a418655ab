import type { AgreementTerms } from "../agreement/terms";

/**
 * A provider's answer to a brief: the commercial and delivery part of the future agreement.
 * Accepting it turns these terms into the agreement's first draft.
 */
export type ProposalTerms = Pick<
  AgreementTerms,
  | "deliverables"
  | "milestones"
  | "methodology"
  | "cadence"
  | "clientResponsibilities"
  | "providerResponsibilities"
  | "remuneration"
  | "paymentTermsDays"
> & {
  summary: string;
  /**
   * The last day (YYYY-MM-DD) the offer stands, as a quote's validity does: after it the client
   * can no longer accept it as it stands. Absent or null: it stands until answered or withdrawn.
   */
  validUntil?: string | null;
};

/**
 * Whether the proposal's offer has lapsed on `today`: it stands through its `validUntil` day
 * and lapses the day after; a proposal without one never does.
 */
export function isProposalExpired(
  terms: Pick<ProposalTerms, "validUntil">,
  today: string,
): boolean {
  return terms.validUntil != null && terms.validUntil < today;
}

/** The terms a proposal does not set, filled with fair defaults the two sides may edit. */
export function draftAgreementFromProposal(proposal: ProposalTerms, scope: string): AgreementTerms {
  return {
    scope,
    deliverables: proposal.deliverables,
    milestones: proposal.milestones,
    clientResponsibilities: proposal.clientResponsibilities,
    providerResponsibilities: proposal.providerResponsibilities,
    methodology: proposal.methodology,
    cadence: proposal.cadence,
    responseTimes: { clientHours: 48, providerHours: 48 },
    remuneration: proposal.remuneration,
    paymentTermsDays: proposal.paymentTermsDays,
    statutoryLateInterest: true,
    changeControl: { isAmendmentRequired: true, acknowledgementBelowMinor: null },
    reviewWindowDays: 10,
    hasDeemedAcceptance: true,
    noticePeriodDays: 30,
    handOverDuties: [],
    disputeLadder: ["negotiation", "amends", "mediation", "separation"],
    additionalClauses: [],
    isFloorWaived: false,
  };
}
