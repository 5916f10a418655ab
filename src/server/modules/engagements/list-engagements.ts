import type { z } from "zod";
import type { EngagementList, EngagementListQuery } from "../../../contracts/engagements";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { sideOf } from "../../kernel/access";
import { presentEngagement } from "./engagement.presenter";
import { listEngagementsOfOrgs } from "./engagements.repository";

/** The engagements of the actor's organisations (or of one of them), newest first. */
export async function listEngagements(
  deps: AppDeps,
  actor: Actor,
  query: z.infer<typeof EngagementListQuery>,
): Promise<Result<z.infer<typeof EngagementList>>> {
  if (query.orgId && !actor.memberships.has(query.orgId)) return fail("not_found");
  const orgIds = query.orgId ? [query.orgId] : [...actor.memberships.keys()];
  if (orgIds.length === 0) return ok({ engagements: [], nextCursor: null });
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after === null) {
    return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
  }
  const rows = await listEngagementsOfOrgs(deps.db, {
    orgIds,
    ...(query.status && { status: query.status }),
    ...(after && { after }),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const engagements = page
    .filter((row) => sideOf(actor, row) !== undefined)
    .map((row) => presentEngagement(row, actor));
  return ok({
    engagements,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_at, last.id) : null,
  });
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through: an unreadable cursor is bad input, reported below
  }
  return null;
}
