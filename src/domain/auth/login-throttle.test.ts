import { describe, expect, it } from "vitest";
import {
  accountLockAfter,
  accountWaitMs,
  addressWaitMs,
  DEFAULT_LOGIN_THROTTLE as policy,
  startsNewWindow,
} from "./login-throttle";

const now = new Date("2026-12-01T10:00:00.000Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("log-in throttling", () => {
  it("locks an account only from the threshold on, doubling each failure up to the maximum", () => {
    expect(accountLockAfter(4, policy)).toBe(0);
    expect(accountLockAfter(5, policy)).toBe(60_000);
    expect(accountLockAfter(6, policy)).toBe(120_000);
    expect(accountLockAfter(7, policy)).toBe(240_000);
    expect(accountLockAfter(50, policy)).toBe(policy.accountLockMaxMs);
  });

  it("makes an address wait for the end of its window once it has failed too often", () => {
    const counter = (failures: number, startedMinutesAgo: number) => ({
      failures,
      windowStartedAt: minutesAgo(startedMinutesAgo),
      lastFailureAt: now,
      lockedUntil: null,
    });
    expect(addressWaitMs(undefined, now, policy)).toBe(0);
    expect(addressWaitMs(counter(29, 5), now, policy)).toBe(0);
    expect(addressWaitMs(counter(30, 5), now, policy)).toBe(10 * 60_000);
    expect(addressWaitMs(counter(300, 15), now, policy)).toBe(0);
    expect(startsNewWindow(counter(300, 15), now, policy.addressWindowMs)).toBe(true);
    expect(startsNewWindow(counter(3, 14), now, policy.addressWindowMs)).toBe(false);
  });

  it("keeps an account waiting until its lock ends", () => {
    const locked = {
      failures: 5,
      windowStartedAt: now,
      lastFailureAt: now,
      lockedUntil: new Date(now.getTime() + 1500),
    };
    expect(accountWaitMs(locked, now)).toBe(1500);
    expect(accountWaitMs(locked, new Date(now.getTime() + 1500))).toBe(0);
  });
});
