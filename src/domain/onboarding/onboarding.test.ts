import { describe, expect, it } from "vitest";
import { onboardingSteps, type OnboardingFacts } from "./onboarding";

const NOTHING: OnboardingFacts = {
  hasPublishedBrief: false,
  hasShortlisted: false,
  hasAcceptedProposal: false,
  hasSigned: false,
  hasProfile: false,
  hasRatesAndFloor: false,
  hasAnsweredInvitation: false,
};

describe("the first steps of a new organisation", () => {
  it("lists a client's four steps in order, none done at first", () => {
    expect(onboardingSteps("client", NOTHING)).toEqual([
      { step: "write_brief", isDone: false },
      { step: "review_matches", isDone: false },
      { step: "accept_proposal", isDone: false },
      { step: "sign", isDone: false },
    ]);
  });

  it("ticks each step from what happened", () => {
    const steps = onboardingSteps("client", {
      ...NOTHING,
      hasPublishedBrief: true,
      hasShortlisted: true,
    });
    expect(steps.map((s) => s.isDone)).toEqual([true, true, false, false]);
  });

  it("counts earlier steps as done once a later one is (an engagement started by e-mail)", () => {
    const steps = onboardingSteps("client", { ...NOTHING, hasSigned: true });
    expect(steps.every((s) => s.isDone)).toBe(true);
  });

  it("lists a provider's three steps, ignoring the client's facts", () => {
    expect(
      onboardingSteps("provider", { ...NOTHING, hasPublishedBrief: true, hasProfile: true }),
    ).toEqual([
      { step: "profile", isDone: true },
      { step: "rates_and_floor", isDone: false },
      { step: "answer_invitations", isDone: false },
    ]);
  });
});
