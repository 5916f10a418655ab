import type { z } from "zod";
import type { PasswordResetRequestBody } from "../../../contracts/auth";
import {
  mayMailPasswordReset,
  PASSWORD_RESET_LIFETIME_MS,
  passwordResetLink,
} from "../../../domain/auth/password-reset";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import { recordAudit } from "../../kernel/audit.repository";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { ok } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { countPasswordResetsSince, insertPasswordReset } from "./password-resets.repository";
import { findUserByEmail, normaliseEmail } from "./users.repository";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Mails a single-use link to set a new password, in the person's language. Nothing is returned
 * and nothing differs in the answer whether the address has an account, was sent too many links
 * this hour, or neither; only the mail (or its absence) tells, and only to the address's owner.
 */
export async function requestPasswordReset(
  deps: AppDeps,
  input: z.infer<typeof PasswordResetRequestBody>,
  context: { ip?: string; locale: Locale },
): Promise<void> {
  const email = normaliseEmail(input.email);
  await runInTransaction(deps.db, async (trx) => {
    const user = await findUserByEmail(trx, email);
    const now = deps.clock.now();
    const since = new Date(now.getTime() - HOUR_MS).toISOString();
    const isMailed = user
      ? mayMailPasswordReset(await countPasswordResetsSince(trx, user.id, since))
      : false;
    await recordAudit(trx, deps, {
      actorUserId: null,
      action: isMailed ? "user.password_reset_mailed" : "user.password_reset_not_mailed",
      subject: email,
      ip: context.ip,
    });
    if (!user || !isMailed) return ok(undefined);
    const token = newSecret();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS);
    await insertPasswordReset(trx, {
      id: deps.ids.newId(),
      token_hash: hashSecret(token),
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
    });
    const locale = (user.locale as Locale | null) ?? context.locale;
    const values = {
      name: user.name,
      link: passwordResetLink(deps.publicUrl, token),
      minutes: PASSWORD_RESET_LIFETIME_MS / 60_000,
    };
    await deps.mailer.enqueue(trx, {
      to: user.email,
      locale,
      subject: translate(locale, "mail.password_reset.subject", values),
      text: translate(locale, "mail.password_reset.body", values),
    });
    return ok(undefined);
  });
}
