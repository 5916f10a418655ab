import { z } from "zod";

/**
 * The actions of each part of an engagement, as the server's access tables name them (each
 * table, beside its part, is checked against its list here). The engagement response carries
 * one boolean per action (`abilities.delivery.submit`): clients show or hide actions from it.
 */
export const ENGAGEMENT_ACTIONS = {
  engagement: ["view", "act"],
  agreement: ["view", "editDraft", "openAmendment", "sign"],
  delivery: ["view", "upload", "submit", "evaluate"],
  changeRequests: ["view", "propose", "answer"],
  billing: ["view", "invoice", "recordPayment", "answerPayment", "recordRefund", "answerRefund"],
  messages: ["read", "markRead", "post"],
  reviews: ["read", "write"],
  health: ["view", "answerCheckIn"],
  disputes: ["view", "act"],
  exits: ["view", "act"],
  growth: [
    "view",
    "setGoal",
    "measure",
    "answerReview",
    "offer",
    "answerOffer",
    "recognise",
    "answerRecognition",
  ],
} as const;

export type EngagementPart = keyof typeof ENGAGEMENT_ACTIONS;
export type EngagementActionOf<P extends EngagementPart> = (typeof ENGAGEMENT_ACTIONS)[P][number];

function flags<const T extends readonly string[]>(names: T) {
  return z.object(Object.fromEntries(names.map((name) => [name, z.boolean()]))) as z.ZodObject<{
    [K in T[number]]: z.ZodBoolean;
  }>;
}

export const EngagementAbilities = z.object({
  engagement: flags(ENGAGEMENT_ACTIONS.engagement),
  agreement: flags(ENGAGEMENT_ACTIONS.agreement),
  delivery: flags(ENGAGEMENT_ACTIONS.delivery),
  changeRequests: flags(ENGAGEMENT_ACTIONS.changeRequests),
  billing: flags(ENGAGEMENT_ACTIONS.billing),
  messages: flags(ENGAGEMENT_ACTIONS.messages),
  reviews: flags(ENGAGEMENT_ACTIONS.reviews),
  health: flags(ENGAGEMENT_ACTIONS.health),
  disputes: flags(ENGAGEMENT_ACTIONS.disputes),
  exits: flags(ENGAGEMENT_ACTIONS.exits),
  growth: flags(ENGAGEMENT_ACTIONS.growth),
});
export type EngagementAbilities = z.infer<typeof EngagementAbilities>;

/**
 * What the caller may do with one change request now: its part's rule (role and side) and the
 * request's own (which side answers in which state, the proposer withdraws until decided).
 */
export const ChangeRequestAbilities = flags(["price", "approve", "decline", "withdraw"] as const);

/** Whether the caller may confirm or reject one payment: the side that did not record it. */
export const PaymentAbilities = flags(["answer"] as const);

/** Whether the caller may confirm or reject one refund now: the client, while it awaits an answer. */
export const RefundAbilities = flags(["answer"] as const);

/**
 * What the caller may do inside one of its own organisations, as the server's organisation
 * table decides it: `work` covers briefs, proposals, the profile and starting engagements.
 */
export const ORG_ACTIONS = [
  "view",
  "work",
  "manageMembers",
  "manageTokens",
  "manageWebhooks",
  "manageReminders",
] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];

export const OrgAbilities = flags(ORG_ACTIONS);
export type OrgAbilities = z.infer<typeof OrgAbilities>;
