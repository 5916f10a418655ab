/** A session lasts 30 days from sign-in; log-out or log-out-everywhere end it sooner. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_COOKIE = "accord_session";
