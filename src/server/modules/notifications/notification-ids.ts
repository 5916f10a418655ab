/**
 * A notification is stored once per event, but each person's has an id of its own, as when
 * every person had a row: the event's id and the end of the person's. Marking another person's
 * id read then changes nothing for whoever sends it. The end (12 characters, the random part of
 * a UUID) keeps the id within the API's 64.
 */
const READER_PART = 12;

export function personalNotificationId(eventId: string, userId: string): string {
  return `${eventId}.${userId.slice(-READER_PART)}`;
}

/** The event of one of `userId`'s notification ids; undefined for anyone else's or none. */
export function eventIdOfPersonal(id: string, userId: string): string | undefined {
  const dot = id.lastIndexOf(".");
  if (dot <= 0 || id.slice(dot + 1) !== userId.slice(-READER_PART)) return undefined;
  return id.slice(0, dot);
}
