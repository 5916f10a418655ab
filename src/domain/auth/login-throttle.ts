/**
 * How log-in attempts are slowed, per address and per account. The counters live in the
 * database so that every process of an instance enforces one limit; these rules only decide.
 */
export interface LoginThrottlePolicy {
  /** Failed attempts one address may make within a window, whatever the accounts. */
  addressFailures: number;
  addressWindowMs: number;
  /** Consecutive failures on one account before it is locked. */
  accountFailures: number;
  /** The first lock; each further failure doubles it, up to the maximum. */
  accountLockMs: number;
  accountLockMaxMs: number;
  /** Failures on an account older than this are forgotten. */
  accountMemoryMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  addressFailures: 30,
  addressWindowMs: 15 * 60_000,
  accountFailures: 5,
  accountLockMs: 60_000,
  accountLockMaxMs: 60 * 60_000,
  accountMemoryMs: 24 * 60 * 60_000,
};

/** A counter as stored: failures since `windowStartedAt`, and a lock if one is set. */
export interface ThrottleCounter {
  failures: number;
  windowStartedAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** Milliseconds to wait before the next attempt may be made, or 0 when it may be made now. */
export function addressWaitMs(
  counter: ThrottleCounter | undefined,
  now: Date,
  policy: LoginThrottlePolicy,
): number {
  if (!counter) return 0;
  const windowEnds = counter.windowStartedAt.getTime() + policy.addressWindowMs;
  if (windowEnds <= now.getTime()) return 0;
  return counter.failures >= policy.addressFailures ? windowEnds - now.getTime() : 0;
}

export function accountWaitMs(counter: ThrottleCounter | undefined, now: Date): number {
  const lockedUntil = counter?.lockedUntil?.getTime() ?? 0;
  return Math.max(0, lockedUntil - now.getTime());
}

/**
 * The lock an account gets after its `failures`-th consecutive failure: none below the
 * threshold, then the first lock, doubled with every further failure, capped at the maximum.
 */
export function accountLockAfter(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.accountFailures) return 0;
  const doublings = Math.min(failures - policy.accountFailures, 30);
  return Math.min(policy.accountLockMs * 2 ** doublings, policy.accountLockMaxMs);
}

/** Whether a counter's window has ended, so the next failure starts a new one at 1. */
export function startsNewWindow(
  counter: ThrottleCounter | undefined,
  now: Date,
  windowMs: number,
): boolean {
  return !counter || counter.windowStartedAt.getTime() + windowMs <= now.getTime();
}
