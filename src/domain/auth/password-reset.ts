/**
 * "Forgot password" rules. A link works for an hour and once; a person is sent at most three
 * links an hour, whoever asks, so the form cannot be used to flood someone's inbox.
 */
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;
export const PASSWORD_RESET_MAILS_PER_HOUR = 3;
/**
 * Requests from one client address per hour, known addresses or not, unless the instance names
 * another (`ACCORD_RATE_LIMIT_PASSWORD_RESET_PER_HOUR`).
 */
export const DEFAULT_PASSWORD_RESET_REQUESTS_PER_ADDRESS_PER_HOUR = 10;

export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password/${token}`;
}

/** A link can set a password when it was never used and its hour has not passed. */
export function isPasswordResetUsable(
  reset: { expires_at: string; used_at: string | null },
  now: Date,
): boolean {
  return reset.used_at === null && reset.expires_at > now.toISOString();
}

/** Whether another link may be mailed, given how many were sent in the last hour. */
export function mayMailPasswordReset(sentInLastHour: number): boolean {
  return sentInLastHour < PASSWORD_RESET_MAILS_PER_HOUR;
}
