import type { z } from "zod";
import type { SignUpBody } from "../../../contracts/auth";
import { checkPasswordChoice } from "../../../domain/auth/password-policy";
import type { Locale } from "../../../i18n/locales";
import { isCommonPassword } from "../../platform/common-passwords";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { insertSession } from "./sessions.repository";
import { SESSION_LIFETIME_MS } from "../../platform/session-lifetime";
import { findUserByEmail, insertUserUnlessEmailTaken, normaliseEmail } from "./users.repository";

export interface NewSession {
  userId: string;
  sessionSecret: string;
  expiresAt: Date;
}

/**
 * Creates an account and signs it in. The e-mail address must not be taken, and the password
 * must be neither a common one nor made of the person's own e-mail or name. A person who states
 * no language keeps the one their client asked in (`requestLocale`): mail is written later,
 * with no request to ask, in the language stored here. Asking for none Accord speaks stores
 * none, so each answer keeps following the client's header.
 */
export async function signUp(
  deps: AppDeps,
  input: z.infer<typeof SignUpBody>,
  context: { ip?: string; requestLocale?: Locale },
): Promise<Result<NewSession>> {
  const email = normaliseEmail(input.email);
  const problem = checkPasswordChoice(
    input.password,
    { email, name: input.name },
    isCommonPassword,
  );
  if (problem) {
    return fail("validation_failed", undefined, [
      { path: "password", key: `validation.${problem}` },
    ]);
  }
  const passwordHash = await deps.passwords.hash(input.password);
  // The new session's end is dated from this process's clock, current under a test clock too.
  await deps.testClock?.refresh(true);
  return runInTransaction(deps.db, async (trx) => {
    if (await findUserByEmail(trx, email)) {
      return failAtField("email_taken", "email");
    }
    const now = deps.clock.now();
    const userId = deps.ids.newId();
    const isInserted = await insertUserUnlessEmailTaken(trx, {
      id: userId,
      email,
      name: input.name,
      password_hash: passwordHash,
      locale: input.locale ?? context.requestLocale ?? null,
      platform_role: "user",
      created_at: now.toISOString(),
    });
    // Taken between the check above and this insert, by a sign-up of the same address at once.
    if (!isInserted) return failAtField("email_taken", "email");
    const session = await startSession(trx, deps, userId, now);
    await recordAudit(trx, deps, { actorUserId: userId, action: "user.signed_up", ip: context.ip });
    return ok(session);
  });
}

export async function startSession(
  trx: AppDeps["db"],
  deps: Pick<AppDeps, "clock">,
  userId: string,
  now = deps.clock.now(),
): Promise<NewSession> {
  const sessionSecret = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await insertSession(trx, {
    idHash: hashSecret(sessionSecret),
    userId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { userId, sessionSecret, expiresAt };
}
