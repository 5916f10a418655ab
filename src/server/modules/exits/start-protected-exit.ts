import type { Kysely } from "kysely";
import { lockEngagement } from "../../db/locking";
import type { Side } from "../../../domain/engagement/engagement";
import { protectRunningExit } from "../../../domain/exit/notice";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { fail, ok, type Result } from "../../platform/result";
import { appendEvent } from "../ledger/append-event";
import { findExit, listHandOverItems, makeExitProtected } from "./exits.repository";
import { recordExit, type ExitStarted } from "./record-exit";

interface ProtectedExitInput {
  engagementId: string;
  protectedSide: Side;
  moderatorUserId: string | null;
  reason: string;
}

/**
 * The exit of an engagement whose other party was expelled, for moderation to call inside its
 * own transaction: the protected side (the client, when a provider is expelled) has its notice
 * waived, the engagement ends today and the expelled side still owes its hand-over items. The
 * exit stands in the protected side's name; the moderator who expelled is the actor. When
 * notice was already given (by either side), that exit becomes the protected one
 * (`protectRunningExit`); an exit already protected answers `exit_already_started`.
 */
export async function startProtectedExit(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: ProtectedExitInput,
): Promise<Result<ExitStarted>> {
  await lockEngagement(trx, deps.dialect, input.engagementId);
  const running = await findExit(trx, input.engagementId);
  if (running) return protectExit(trx, deps, running, input);
  return recordExit(trx, deps, {
    engagementId: input.engagementId,
    reason: "protected",
    side: input.protectedSide,
    actorUserId: input.moderatorUserId,
    actorOrgId: null,
    curePeriodDays: null,
    note: input.reason,
  });
}

async function protectExit(
  trx: Kysely<Database>,
  deps: AppDeps,
  running: NonNullable<Awaited<ReturnType<typeof findExit>>>,
  input: ProtectedExitInput,
): Promise<Result<ExitStarted>> {
  const { reason } = running;
  if (reason === "protected") return fail("exit_already_started");
  const items = await listHandOverItems(trx, running.id);
  const givenOn = todayOf(deps.clock);
  const takeover = protectRunningExit(
    {
      reason,
      exitDate: running.exit_date,
      handOver: items.map((item) => ({
        key: item.item_key,
        responsibleSide: item.responsible_side,
        dueDate: item.due_date,
        isDone: item.done_at !== null,
      })),
    },
    input.protectedSide,
    givenOn,
  );
  if (!takeover) return fail("exit_already_started");
  await makeExitProtected(
    trx,
    running.id,
    {
      given_side: input.protectedSide,
      given_by: input.moderatorUserId,
      given_on: givenOn,
      exit_date: takeover.exitDate,
      note: input.reason,
    },
    takeover.dueDates,
  );
  const moved = new Map(takeover.dueDates.map((item) => [item.key, item.dueDate]));
  await appendEvent(trx, deps, {
    engagementId: input.engagementId,
    type: "exit.protected_started",
    actorUserId: input.moderatorUserId,
    actorOrgId: null,
    payload: {
      exitId: running.id,
      reason: "protected",
      side: input.protectedSide,
      givenOn,
      exitDate: takeover.exitDate,
      cureBy: null,
      isNoticeWaived: true,
      handOver: items.map((item) => ({
        key: item.item_key,
        duty: item.duty,
        side: item.responsible_side,
        dueDate: moved.get(item.item_key) ?? item.due_date,
      })),
      replaces: {
        reason,
        side: running.given_side,
        givenOn: running.given_on,
        exitDate: running.exit_date,
        cureBy: running.cure_by,
      },
    },
  });
  return ok({
    exitId: running.id,
    exitDate: takeover.exitDate,
    cureBy: null,
    isNoticeWaived: true,
  });
}
