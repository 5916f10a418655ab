import type { z } from "zod";
import type { LogInBody } from "../../../contracts/auth";
import type { AppDeps } from "../../platform/deps";
import { DUMMY_PASSWORD_HASH } from "../../platform/passwords";
import { fail, ok, type Result } from "../../platform/result";
import { recordAudit } from "../../kernel/audit.repository";
import { startSession, type NewSession } from "./sign-up";
import { findUserByEmail, normaliseEmail } from "./users.repository";

/**
 * Checks the password and opens a session. An unknown e-mail and a wrong password give the
 * same answer, after the same work, so the answer does not reveal who has an account.
 */
export async function logIn(
  deps: AppDeps,
  input: z.infer<typeof LogInBody>,
  context: { ip?: string },
): Promise<Result<NewSession>> {
  const user = await findUserByEmail(deps.db, normaliseEmail(input.email));
  const isValid = await deps.passwords.verify(
    user?.password_hash ?? DUMMY_PASSWORD_HASH,
    input.password,
  );
  if (!user || !isValid) {
    await recordAudit(deps.db, deps, {
      actorUserId: user?.id ?? null,
      action: "user.login_failed",
      subject: normaliseEmail(input.email),
      ip: context.ip,
    });
    return fail("invalid_credentials");
  }
  const session = await deps.db.transaction().execute(async (trx) => {
    const opened = await startSession(trx, deps, user.id);
    await recordAudit(trx, deps, {
      actorUserId: user.id,
      action: "user.logged_in",
      ip: context.ip,
    });
    return opened;
  });
  return ok(session);
}
