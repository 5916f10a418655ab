import type { Kysely } from "kysely";
import type { Side } from "../../domain/engagement/engagement";
import { day } from "../../domain/findings";
import { engagementEndedOn } from "../../domain/exit/after-exit";
import { lockEngagementRow, type LockedEngagementRow } from "../db/locking";
import type { Database } from "../db/schema";
import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { ReadFirst } from "../platform/request-context";
import { fail, forbidden, ok, type Result } from "../platform/result";
import { can, READ, type AccessDecision, type AccessRule, type Participants } from "./access";
import {
  findEngagement,
  findExitEnd,
  type EngagementFirstRead,
  type EngagementWithOrgs,
} from "./engagement-rows.repository";

export interface LockedEngagement {
  engagement: EngagementWithOrgs;
  side: Side;
  /** The organisation the actor acts for: their side's. */
  orgId: string;
  /**
   * The engagement's row as of the lock, for `appendEvent` when the write leaves the row's
   * status, title and parties as they are (it is then not locked and read again).
   */
  row: LockedEngagementRow;
}

/**
 * Inside a write's transaction: checks the actor may take the action (a rule from its part's
 * access table), then locks the engagement, so concurrent writes to one engagement run one
 * after another and every check that follows reads what the others committed. An action that
 * ends with the exit (`endsWithExit`) is refused with `engagement_ended` once the exit has
 * ended the engagement, read under the lock.
 */
export async function lockParticipant(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "dialect" | "clock">,
  actor: Actor,
  engagementId: string,
  action: AccessRule,
): Promise<Result<LockedEngagement>> {
  const engagement = await findEngagement(trx, engagementId);
  if (!engagement) return fail("not_found");
  const decided = can(actor, engagement, action);
  if (decided.decision !== "allowed") return refusal(decided);
  // SQLite's one writer read the row in this transaction already; PostgreSQL's lock returns it
  // as it is once held, another writer's change included.
  const row =
    deps.dialect === "postgres"
      ? await lockEngagementRow(trx, deps.dialect, engagementId)
      : engagement;
  if (!row) return fail("not_found");
  if (action.endsWithExit) {
    const endedOn = engagementEndedOn(await findExitEnd(trx, engagementId), deps.clock.now());
    if (endedOn !== null) return fail("engagement_ended", { endedOn: day(endedOn) });
  }
  return ok({ engagement, side: decided.side, orgId: decided.orgId, row });
}

/**
 * Outside a transaction: the engagement and the actor's side when they may take the action,
 * else why not. Reads ask for their part's `view`.
 */
export async function findEngagementFor(
  db: Kysely<Database>,
  actor: Actor,
  engagementId: string,
  action: AccessRule,
): Promise<Result<{ engagement: EngagementFirstRead; side: Side; orgId: string }>> {
  const engagement = await findEngagement(db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = can(actor, engagement, action);
  return decided.decision === "allowed"
    ? ok({ engagement, side: decided.side, orgId: decided.orgId })
    : refusal(decided);
}

/** A refused decision as a failure: a step of the other side's says whose it is. */
export function refusal(decided: Exclude<AccessDecision, { decision: "allowed" }>): Result<never> {
  if (decided.decision === "forbidden" && decided.sideOnly) {
    return forbidden(decided.sideOnly === "client" ? "client_side_only" : "provider_side_only");
  }
  return fail(decided.decision);
}

/** An engagement the actor may see, with the side they are on; else `not_found`. */
export async function loadVisibleEngagement(
  deps: Pick<AppDeps, "db">,
  actor: Actor,
  id: string,
  first?: ReadFirst | null,
): Promise<Result<{ row: EngagementFirstRead; side: Side }>> {
  const row = await findEngagement(deps.db, id, first);
  const side = visibleSide(actor, row);
  return side.ok && row ? ok({ row, side: side.value }) : fail("not_found");
}

/**
 * The side of an actor who may see an engagement whose participants a read returned beside
 * what it was for, so a reader needs one statement instead of two; `not_found` when the read
 * found no engagement (`undefined`) or the actor is on neither side.
 */
export function visibleSide(actor: Actor, participants: Participants | undefined): Result<Side> {
  if (!participants) return fail("not_found");
  const decided = can(actor, participants, READ);
  return decided.decision === "allowed" ? ok(decided.side) : fail("not_found");
}
