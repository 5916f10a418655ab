import type { EngagementEventType } from "../engagement/engagement";

/**
 * The ledger events worth telling people about: in the app, by e-mail (each type can be
 * turned off per person) and by webhook (each endpoint subscribes to some or all of them).
 */
export const NOTIFIED_EVENT_TYPES = [
  "deliverable.submitted",
  "deliverable.review_due_soon",
  "deliverable.evaluated",
  "deliverable.deemed_accepted",
  "milestone.accepted",
  "change_request.proposed",
  "change_request.priced",
  "change_request.declined",
  "change_request.withdrawn",
  "change_request.approved",
  "change_request.applied",
  "message.posted",
  "invoice.issued",
  "invoice.voided",
  /** Recorded by one side, waiting for the other side to confirm it. */
  "payment.recorded",
  "payment.confirmed",
  "payment.rejected",
  "credit_note.issued",
] as const satisfies readonly EngagementEventType[];
export type NotifiedEventType = (typeof NOTIFIED_EVENT_TYPES)[number];

export function isNotifiedType(type: string): type is NotifiedEventType {
  return (NOTIFIED_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * Who hears of an event: every member of either organisation of the engagement, once each
 * (someone in both organisations is one person), except whoever caused it. Events the system
 * causes (deemed acceptance) have no actor, so everyone hears of them.
 */
export function notificationRecipients<T extends { userId: string }>(
  members: readonly T[],
  actorUserId: string | null,
): T[] {
  const seen = new Set<string>();
  const recipients: T[] = [];
  for (const member of members) {
    if (member.userId === actorUserId || seen.has(member.userId)) continue;
    seen.add(member.userId);
    recipients.push(member);
  }
  return recipients;
}

/**
 * Each notified type's e-mail switch for one person. Every e-mail is on until the person
 * turns it off, so only their changes need storing; unknown stored types are ignored.
 */
export function emailPreferences(
  stored: readonly { type: string; isEmailEnabled: boolean }[],
): Record<NotifiedEventType, boolean> {
  const preferences = Object.fromEntries(
    NOTIFIED_EVENT_TYPES.map((type) => [type, true]),
  ) as Record<NotifiedEventType, boolean>;
  for (const row of stored) {
    if (isNotifiedType(row.type)) preferences[row.type] = row.isEmailEnabled;
  }
  return preferences;
}
