import type { z } from "zod";
import type {
  ApiToken,
  CreateTokenBody,
  CreatedApiToken,
  TokenScope,
} from "../../../contracts/tokens";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { recordAudit } from "../../kernel/audit.repository";
import { decideOrgAction } from "../../kernel/org-access";
import { activeTokenNamed } from "../../../domain/auth/api-token";
import { lockOrganisation } from "../../db/locking";
import {
  findApiToken,
  insertApiToken,
  listLiveApiTokens,
  revokeApiTokenRow,
  type ApiTokenRow,
} from "./tokens.repository";

/** Tokens are recognisable in logs and secret scanners by their prefix. */
const TOKEN_PREFIX = "accord_";
const DAY_MS = 24 * 60 * 60 * 1000;

function presentApiToken(row: ApiTokenRow): z.infer<typeof ApiToken> {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as TokenScope[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

/**
 * An owner creates a token for integrations; the secret is returned once and stored hashed. A
 * name with a token still working is refused (`activeTokenNamed`), under the organisation's
 * lock so two requests at once make one token.
 */
export function createApiToken(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof CreateTokenBody>,
): Promise<Result<z.infer<typeof CreatedApiToken>>> {
  const decision = decideOrgAction(actor, input.orgId, "manageTokens");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
    await lockOrganisation(trx, deps.dialect, input.orgId);
    const now = deps.clock.now();
    const live = (await listLiveApiTokens(trx, input.orgId)).map((token) => ({
      name: token.name,
      expiresAt: token.expires_at,
      revokedAt: token.revoked_at,
    }));
    const taken = activeTokenNamed(live, input.name, now);
    if (taken) {
      return failAtField("token_name_taken", "name", { name: taken.name });
    }
    const secret = `${TOKEN_PREFIX}${newSecret()}`;
    const row: ApiTokenRow = {
      id: deps.ids.newId(),
      org_id: input.orgId,
      user_id: actor.userId,
      name: input.name,
      token_hash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      scopes: JSON.stringify([...new Set(input.scopes)]),
      created_at: now.toISOString(),
      expires_at: input.expiresInDays
        ? new Date(now.getTime() + input.expiresInDays * DAY_MS).toISOString()
        : null,
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiToken(trx, row);
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: input.orgId,
      action: "token.created",
      subject: row.id,
    });
    return ok({ ...presentApiToken(row), token: secret });
  });
}

export async function listApiTokens(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<z.infer<typeof ApiToken>[]>> {
  const decision = decideOrgAction(actor, orgId, "manageTokens");
  if (decision !== "allowed") return fail(decision);
  return ok((await listLiveApiTokens(deps.db, orgId)).map(presentApiToken));
}

export async function revokeApiToken(
  deps: AppDeps,
  actor: Actor,
  tokenId: string,
): Promise<Result<null>> {
  const row = await findApiToken(deps.db, tokenId);
  if (!row || row.revoked_at) return fail("not_found");
  const decision = decideOrgAction(actor, row.org_id, "manageTokens");
  if (decision !== "allowed") return fail(decision);
  return runInTransaction(deps.db, async (trx) => {
    // Only a revocation that found the token live counts: of two at once, the second is told
    // it is gone, as it would be a moment later, and the audit trail records one.
    if (!(await revokeApiTokenRow(trx, tokenId, deps.clock.now().toISOString()))) {
      return fail("not_found");
    }
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: row.org_id,
      action: "token.revoked",
      subject: tokenId,
    });
    return ok(null);
  });
}
