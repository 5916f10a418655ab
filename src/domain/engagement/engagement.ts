/** The two sides of every engagement; an organisation's kind decides which one it takes. */
export type Side = "client" | "provider";

export type EngagementStatus = "pending" | "active" | "declined" | "withdrawn";

/** The ledger's event types live in the event catalogue, with their payloads. */
export { ENGAGEMENT_EVENT_TYPES, type EngagementEventType } from "../ledger/event-catalogue";

export function otherSide(side: Side): Side {
  return side === "client" ? "provider" : "client";
}

/**
 * Whether an organisation of `acceptingKind` may take the other side of an engagement that an
 * organisation of `initiatorKind` started: an engagement always joins a client and a provider.
 */
export function canTakeOtherSide(initiatorKind: Side, acceptingKind: Side): boolean {
  return acceptingKind === otherSide(initiatorKind);
}

/** Only an engagement still waiting for the other side can be accepted or declined. */
export function isAwaitingAnswer(status: EngagementStatus): boolean {
  return status === "pending";
}
