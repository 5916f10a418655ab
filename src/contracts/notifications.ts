import { z } from "zod";
import { because } from "./input-rules";
import { cursorOrBefore, DeprecatedBefore, NextCursor, PageQuery } from "./pagination";
import { Id, Timestamp } from "./common";
import { NotifiedEventSchema, NotifiedEventTypeSchema } from "./events";
import { requireSomeField } from "./input-rules";
import { UNREAD_COUNT_CAP } from "./notification-limits";

export { UNREAD_COUNT_CAP };

export const NotifiedEventType = NotifiedEventTypeSchema;

export const NotificationListQuery = z
  .object({ ...PageQuery.shape, before: DeprecatedBefore })
  .transform(cursorOrBefore);

/** One ledger event told to one person; the app words it from `type` and `payload`. */
export const Notification = z.intersection(
  z.object({
    id: z.string(),
    eventId: z.string(),
    engagementId: z.string().nullable(),
    engagementTitle: z.string().nullable(),
    /** Who caused the event; null when the system did (deemed acceptance). */
    actorName: z.string().nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  }),
  NotifiedEventSchema,
);

export const NotificationList = z.object({
  notifications: z.array(Notification),
  /** Up to `UNREAD_COUNT_CAP` (100), which means that many or more. */
  unreadCount: z.number().int(),
  nextCursor: NextCursor,
});

/** Either some notifications by id, or all of mine. */
export const MarkNotificationsReadBody = z
  .object({
    ids: z.array(Id).min(1).max(500).optional(),
    all: z.literal(true).optional(),
  })
  .refine(
    (body) => (body.ids === undefined) !== (body.all === undefined),
    because("ids_or_all", ["ids"]),
  );

export const UnreadCount = z.object({
  /** Up to `UNREAD_COUNT_CAP` (100), which means that many or more. */
  unreadCount: z.number().int(),
});

export const NotificationPreferences = z.object({
  preferences: z.array(z.object({ type: z.string(), isEmailEnabled: z.boolean() })),
});

/** The e-mail switch of each type to change; types left out keep their setting. */
export const UpdateNotificationPreferencesBody = requireSomeField(
  z.partialRecord(NotifiedEventType, z.boolean()),
);

/** The one-click unsubscribe link's token (RFC 8058), as a notification e-mail names it. */
export const UnsubscribeParams = z.object({ token: z.string().min(1).max(512) });

/** A browser's GET of the link answers with no body: its `Location` is the web page that asks. */
export const UnsubscribePageRedirect = z
  .null()
  .describe("No body; `Location` is the web page `/unsubscribe/{token}`, whose button POSTs here");
