import {
  isNotifiedType,
  type NotifiedEvent,
  NOTIFIED_EVENT_TYPES,
  type NotifiedEventType,
} from "../ledger/event-catalogue";

/**
 * The ledger events worth telling people about (in the app, by e-mail, each type switchable
 * per person, and by webhook) are marked in the event catalogue, and only there.
 */
export { isNotifiedType, NOTIFIED_EVENT_TYPES, type NotifiedEventType };

/** The organisation on each side of an engagement (null while that side is still invited). */
export interface EngagementSides {
  client: string | null;
  provider: string | null;
}

/**
 * The organisations of an engagement whose people hear of an event: both sides, except a
 * moderation case's notice, which goes to the accused organisation alone (the other side
 * raised it, and the reporter's name stays with the moderators), and a check-in's reminder,
 * which goes to the sides that have not answered yet (the side that answered has nothing to
 * do, and the reminder says nothing of its answer). A case's decision and its appeal's outcome
 * reach both: the complainant is always the engagement's other side. Webhooks are not people:
 * both sides' endpoints hear of every event either way.
 */
export function notifiedOrgIds(event: NotifiedEvent, sides: EngagementSides): string[] {
  const orgIds = [sides.client, sides.provider].filter((id): id is string => id !== null);
  if (event.type === "moderation.case_opened") {
    return orgIds.filter((orgId) => orgId === event.payload.accusedOrgId);
  }
  if (event.type === "check_in.reminded") {
    return event.payload.waitingSides.flatMap((side) => sides[side] ?? []);
  }
  return orgIds;
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

/**
 * The events of an engagement one person is e-mailed about, oldest first: those told to one of
 * their organisations in it (`notifiedOrgIds`; someone in both sides hears of a reminder to
 * either, once) that someone else (or the system) caused, of types whose e-mail they did not
 * turn off, that happened once they were a member of that organisation (someone who joins
 * meanwhile, or joins the other side later, is not told of what that side heard before). Several
 * of them go out as one e-mail.
 */
export function eventsToMail<
  E extends {
    type: string;
    actorUserId: string | null;
    occurredAt: string;
    toldOrgIds: readonly string[];
  },
>(
  recipient: {
    userId: string;
    joinedAtByOrg: ReadonlyMap<string, string>;
    mutedTypes: ReadonlySet<string>;
  },
  events: readonly E[],
): E[] {
  return events.filter(
    (event) =>
      orgToldOf(recipient, event) !== null &&
      event.actorUserId !== recipient.userId &&
      !recipient.mutedTypes.has(event.type),
  );
}

/**
 * Which of a person's organisations (`joinedAtByOrg`, first joined first) an event was told to
 * while they were its member, so their e-mail names that one; null when none was.
 */
export function orgToldOf(
  recipient: { joinedAtByOrg: ReadonlyMap<string, string> },
  event: { occurredAt: string; toldOrgIds: readonly string[] },
): string | null {
  for (const [orgId, joinedAt] of recipient.joinedAtByOrg) {
    if (joinedAt <= event.occurredAt && event.toldOrgIds.includes(orgId)) return orgId;
  }
  return null;
}
