import { isCheckInAsking } from "../../../domain/health/check-in-asking";
import {
  isCheckInDue,
  nextCheckInAt,
  type FactsState,
} from "../../../domain/health/facts-from-ledger";
import type { AppDeps } from "../../platform/deps";
import { lockEngagement } from "../../db/locking";
import { findExitEnd } from "../../kernel/engagement-rows.repository";
import { appendEvent } from "../ledger/append-event";
import {
  closeCheckIn,
  countCheckIns,
  findCheckInSchedule,
  insertCheckIn,
  listAnswerSides,
  listAwaitingReminder,
  listDueToOpen,
  listOpenDue,
  markReminded,
  markReminderSkipped,
  setNextCheckInAt,
} from "./check-ins.repository";

/** A window stays open a week, or one cadence when that is shorter (Airbnb's reveal: 14 days). */
export const CHECK_IN_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The sweeper's part of check-ins: opens a window on each active engagement whose cadence has
 * come round (`isCheckInDue`: none once the work of the agreement in force is complete, none
 * after the exit), reminds the sides that have not answered a day before it closes (unless the
 * window no longer asks, `isCheckInAsking`: the work completed meanwhile, or the exit ended the
 * engagement), and closes windows
 * that passed (then both answers, or the one given, start to count). Each step runs in its own
 * transaction after locking the engagement, and moves its row with a conditional write, so
 * several processes sweeping one database do each once.
 */
export async function sweepCheckIns(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<void> {
  const limit = options.limit ?? 100;
  const now = deps.clock.now();
  const at = now.toISOString();

  for (const due of await listDueToOpen(deps.db, at, limit)) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, due.engagement_id);
      const health = await findCheckInSchedule(trx, due.engagement_id);
      if (!health) return;
      const state = JSON.parse(health.state) as FactsState;
      if (!isCheckInDue(state, now)) {
        // Stored before the work completed was a reason to stop (an upgrade): store the rule's
        // time, so the engagement leaves the due list instead of being read again each sweep.
        const next = nextCheckInAt(state);
        if (next !== health.next_check_in_at) await setNextCheckInAt(trx, due.engagement_id, next);
        return;
      }
      const period = Number((await countCheckIns(trx, due.engagement_id)).count) + 1;
      const every = state.facts.checkInEveryDays ?? 7;
      const closesAt = new Date(
        now.getTime() + Math.min(CHECK_IN_WINDOW_DAYS, every) * DAY_MS,
      ).toISOString();
      const id = deps.ids.newId();
      const isOpened = await insertCheckIn(trx, {
        id,
        engagement_id: due.engagement_id,
        period,
        opened_at: at,
        closes_at: closesAt,
        status: "open",
        reminded_at: null,
        reminder_skipped_at: null,
        closed_at: null,
      });
      if (!isOpened) return;
      await appendEvent(trx, deps, {
        engagementId: due.engagement_id,
        type: "check_in.opened",
        actorUserId: null,
        actorOrgId: null,
        payload: { checkInId: id, period, closesAt },
      });
    });
  }

  await remindAwaiting(deps, now, limit);

  for (const checkIn of await listOpenDue(deps.db, at, "closes_at", limit)) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, checkIn.engagement_id);
      if (!(await closeCheckIn(trx, checkIn.id, at))) return;
      const answered = await listAnswerSides(trx, [checkIn.id]);
      await appendEvent(trx, deps, {
        engagementId: checkIn.engagement_id,
        type: "check_in.closed",
        actorUserId: null,
        actorOrgId: null,
        payload: {
          checkInId: checkIn.id,
          period: Number(checkIn.period),
          reason: "window_closed",
          answeredSides: answered.length,
        },
      });
    });
  }
}

/**
 * Reminds the sides that have not answered a window closing within a day, at most `limit`
 * windows a run. A window that no longer asks is not chased (`isCheckInAsking`: the work
 * completed while it was open, and the engagement's review round asks both sides already, or
 * the exit ended the engagement; the home page stops asking too); the sweep records
 * that it skipped it, so the query's page holds only windows still waiting, and reads on while a
 * full page held some it skipped: windows skipped or reminded never stand in front of one that
 * needs its reminder.
 */
async function remindAwaiting(deps: AppDeps, now: Date, limit: number): Promise<void> {
  const at = now.toISOString();
  const reminderLine = new Date(now.getTime() + DAY_MS).toISOString();
  let remaining = limit;
  while (remaining > 0) {
    const size = remaining;
    const page = await listAwaitingReminder(deps.db, at, reminderLine, size);
    for (const checkIn of page) {
      if ((await remindOne(deps, checkIn, now)) === "reminded") remaining -= 1;
    }
    // Every row of the page is reminded, skipped or taken by another sweeper now, so the next
    // read starts past it. A short page was the last; a full one all reminded spent the budget.
    if (page.length < size || remaining === 0) return;
  }
}

async function remindOne(
  deps: AppDeps,
  checkIn: { id: string; engagement_id: string; period: number; closes_at: string },
  now: Date,
): Promise<"reminded" | "skipped" | "taken"> {
  const at = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await lockEngagement(trx, deps.dialect, checkIn.engagement_id);
    const health = await findCheckInSchedule(trx, checkIn.engagement_id);
    const exit = await findExitEnd(trx, checkIn.engagement_id);
    if (health && !isCheckInAsking(JSON.parse(health.state) as FactsState, exit, now)) {
      return (await markReminderSkipped(trx, checkIn.id, at)) ? "skipped" : "taken";
    }
    if (!(await markReminded(trx, checkIn.id, at))) return "taken";
    const answered = (await listAnswerSides(trx, [checkIn.id])).map((a) => a.side);
    await appendEvent(trx, deps, {
      engagementId: checkIn.engagement_id,
      type: "check_in.reminded",
      actorUserId: null,
      actorOrgId: null,
      payload: {
        checkInId: checkIn.id,
        period: Number(checkIn.period),
        waitingSides: (["client", "provider"] as const).filter((s) => !answered.includes(s)),
        closesAt: checkIn.closes_at,
      },
    });
    return "reminded";
  });
}
