import type { z } from "zod";
import type { LogInBody } from "../../../contracts/auth";
import {
  accountLockAfter,
  accountWaitMs,
  addressWaitMs,
  DEFAULT_LOGIN_THROTTLE,
  type LoginThrottlePolicy,
} from "../../../domain/auth/login-throttle";
import type { AppDeps } from "../../platform/deps";
import { DUMMY_PASSWORD_HASH } from "../../platform/passwords";
import { fail, ok, type Result } from "../../platform/result";
import { recordAudit } from "../../kernel/audit.repository";
import {
  accountKey,
  addressKey,
  clearThrottle,
  countFailure,
  lockUntil,
  readThrottleCounters,
} from "./login-throttle.repository";
import { startSession, type NewSession } from "./sign-up";
import { findUserByEmail, normaliseEmail } from "./users.repository";

/**
 * Checks the password and opens a session. An unknown e-mail and a wrong password give the
 * same answer, after the same work, so the answer does not reveal who has an account.
 *
 * Failures are counted in the database per client address and per account (known or not), so
 * every process enforces one limit: an address that failed too often waits for its window to
 * end, and an account locks after a run of failures, each further failure doubling the lock.
 * A locked attempt is refused before the password is checked, so it reveals nothing either.
 */
export async function logIn(
  deps: AppDeps,
  input: z.infer<typeof LogInBody>,
  context: { ip?: string; throttle?: LoginThrottlePolicy },
): Promise<Result<NewSession>> {
  const policy = context.throttle ?? DEFAULT_LOGIN_THROTTLE;
  const email = normaliseEmail(input.email);
  const keys = { address: addressKey(context.ip), account: accountKey(email) };
  // A session's end is dated from this process's clock: under a test clock another process may
  // have moved it within the last second, and a session dated before that move would be over
  // already there.
  await deps.testClock?.refresh(true);
  const now = deps.clock.now();
  const counters = await readThrottleCounters(deps.db, [keys.address, keys.account]);
  const waitMs = Math.max(
    addressWaitMs(counters.get(keys.address), now, policy),
    accountWaitMs(counters.get(keys.account), now),
  );
  if (waitMs > 0) {
    await recordAudit(deps.db, deps, {
      actorUserId: null,
      action: "user.login_throttled",
      subject: email,
      ip: context.ip,
    });
    return fail("rate_limited", { seconds: Math.ceil(waitMs / 1000) });
  }

  const user = await findUserByEmail(deps.db, email);
  const isValid = await deps.passwords.verify(
    user?.password_hash ?? DUMMY_PASSWORD_HASH,
    input.password,
  );
  if (!user || !isValid) {
    await recordFailure(deps, keys, policy);
    await recordAudit(deps.db, deps, {
      actorUserId: user?.id ?? null,
      action: "user.login_failed",
      subject: email,
      ip: context.ip,
    });
    return fail("invalid_credentials");
  }
  const session = await deps.db.transaction().execute(async (trx) => {
    const opened = await startSession(trx, deps, user.id);
    await clearThrottle(trx, keys.account);
    await recordAudit(trx, deps, {
      actorUserId: user.id,
      action: "user.logged_in",
      ip: context.ip,
    });
    return opened;
  });
  return ok(session);
}

async function recordFailure(
  deps: AppDeps,
  keys: { address: string; account: string },
  policy: LoginThrottlePolicy,
): Promise<void> {
  const now = deps.clock.now();
  const since = (ms: number) => new Date(now.getTime() - ms);
  await countFailure(deps.db, keys.address, now, since(policy.addressWindowMs));
  const account = await countFailure(deps.db, keys.account, now, since(policy.accountMemoryMs));
  const lockMs = accountLockAfter(account.failures, policy);
  if (lockMs > 0) await lockUntil(deps.db, keys.account, new Date(now.getTime() + lockMs));
}
