/**
 * The unread count stops here: this number means this many or more (the web shows "99+"), so
 * counting costs the same however many notifications a person left unread. Apart from the
 * schemas so the web reads it without them.
 */
export const UNREAD_COUNT_CAP = 100;
