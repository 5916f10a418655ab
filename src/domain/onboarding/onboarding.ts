/**
 * The first steps of a new organisation, each ticked from what really happened, never from a
 * box the person clicked. A client writes and publishes a brief, reviews the matches (shortlists
 * or invites a provider), accepts a proposal and signs the agreement; a provider fills in its
 * profile, states its rates and floor rate, and answers an invitation with a proposal.
 */
export const CLIENT_STEPS = ["write_brief", "review_matches", "accept_proposal", "sign"] as const;
export const PROVIDER_STEPS = ["profile", "rates_and_floor", "answer_invitations"] as const;
export type OnboardingStep = (typeof CLIENT_STEPS)[number] | (typeof PROVIDER_STEPS)[number];
export const ONBOARDING_STEPS = [...CLIENT_STEPS, ...PROVIDER_STEPS] as const;

/** What the database knows about the organisation, read in one place. */
export interface OnboardingFacts {
  hasPublishedBrief: boolean;
  hasShortlisted: boolean;
  hasAcceptedProposal: boolean;
  hasSigned: boolean;
  hasProfile: boolean;
  hasRatesAndFloor: boolean;
  hasAnsweredInvitation: boolean;
}

export interface OnboardingStepState {
  step: OnboardingStep;
  isDone: boolean;
}

const DONE_WHEN: Record<OnboardingStep, keyof OnboardingFacts> = {
  write_brief: "hasPublishedBrief",
  review_matches: "hasShortlisted",
  accept_proposal: "hasAcceptedProposal",
  sign: "hasSigned",
  profile: "hasProfile",
  rates_and_floor: "hasRatesAndFloor",
  answer_invitations: "hasAnsweredInvitation",
};

/**
 * The organisation's checklist in order. A later step done implies the earlier ones (a client
 * who signed an engagement started by e-mail never needed a brief), so nobody is asked to go
 * back for a step their work already went past.
 */
export function onboardingSteps(
  kind: "client" | "provider",
  facts: OnboardingFacts,
): OnboardingStepState[] {
  const steps = kind === "client" ? CLIENT_STEPS : PROVIDER_STEPS;
  const done = steps.map((step) => facts[DONE_WHEN[step]]);
  return steps.map((step, index) => ({
    step,
    isDone: done.slice(index).some(Boolean),
  }));
}
