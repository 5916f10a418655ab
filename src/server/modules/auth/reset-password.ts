import type { z } from "zod";
import type { PasswordResetBody } from "../../../contracts/auth";
import { checkPasswordChoice } from "../../../domain/auth/password-policy";
import { isPasswordResetUsable } from "../../../domain/auth/password-reset";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import { recordAudit } from "../../kernel/audit.repository";
import { isCommonPassword } from "../../platform/common-passwords";
import type { AppDeps } from "../../platform/deps";
import { hashSecret } from "../../platform/ids";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { accountKey, clearThrottle } from "./login-throttle.repository";
import {
  claimPasswordReset,
  closePasswordResetsOfUser,
  findPasswordResetByTokenHash,
} from "./password-resets.repository";
import { deleteSessionsOfUser } from "./sessions.repository";
import { findUserById, updatePasswordHash } from "./users.repository";

/**
 * Sets a new password with a link from the "forgot password" mail. The password must pass the
 * same checks as at sign-up. The link is used up, the person's other links closed, every session
 * of theirs ended (whoever held the old password is signed out), a lock on the account lifted
 * (the mail proved who this is), and a notice mailed to them.
 */
export async function resetPassword(
  deps: AppDeps,
  input: z.infer<typeof PasswordResetBody>,
  context: { ip?: string; locale: Locale },
): Promise<Result<void>> {
  const reset = await findPasswordResetByTokenHash(deps.db, hashSecret(input.token));
  if (!reset || !isPasswordResetUsable(reset, deps.clock.now())) {
    return fail("password_reset_invalid");
  }
  const user = await findUserById(deps.db, reset.user_id);
  if (!user) return fail("password_reset_invalid");
  const problem = checkPasswordChoice(input.password, user, isCommonPassword);
  if (problem) {
    return fail("validation_failed", undefined, [
      { path: "password", key: `validation.${problem}` },
    ]);
  }
  const passwordHash = await deps.passwords.hash(input.password);
  return runInTransaction(deps.db, async (trx) => {
    const now = deps.clock.now().toISOString();
    if (!(await claimPasswordReset(trx, reset.id, now))) return fail("password_reset_invalid");
    await updatePasswordHash(trx, user.id, passwordHash);
    await closePasswordResetsOfUser(trx, user.id, now);
    await deleteSessionsOfUser(trx, user.id);
    await clearThrottle(trx, accountKey(user.email));
    await recordAudit(trx, deps, {
      actorUserId: user.id,
      action: "user.password_reset",
      ip: context.ip,
    });
    const locale = (user.locale as Locale | null) ?? context.locale;
    await deps.mailer.enqueue(trx, {
      to: user.email,
      locale,
      subject: translate(locale, "mail.password_changed.subject"),
      text: translate(locale, "mail.password_changed.body", { name: user.name }),
    });
    return ok(undefined);
  });
}
