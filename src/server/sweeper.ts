import type { AppDeps } from "./platform/deps";
import { sendDueReminders } from "./modules/billing/send-due-reminders";
import { acceptOverdueSubmissions } from "./modules/delivery/accept-overdue-submissions";
import { escalateOverdueDisputes } from "./modules/disputes/escalate-dispute";
import { endAmicableExits } from "./modules/exits/end-exit-if-amicable";
import { remindReviewsEnding } from "./modules/delivery/remind-reviews-ending";
import { refreshDueHealth } from "./modules/relationship-health/refresh-due-health";
import { sweepCheckIns } from "./modules/relationship-health/sweep-check-ins";
import { deliverDueWebhooks } from "./modules/webhooks/deliver-due-webhooks";
import { publishDueReviewRounds } from "./modules/reviews/publish-due-review-rounds";
import { sweepStagnation } from "./modules/growth/sweep-stagnation";
import { sendGatheredNotificationMail } from "./modules/notifications/send-gathered-mail";
import { sweepRetention } from "./modules/retention/sweep-retention";

/**
 * Time-based work, found in the database and applied with conditional updates, so any number
 * of Accord processes sharing one database may sweep at once: each transition happens once.
 */
export async function sweepDueWork(deps: AppDeps): Promise<void> {
  // Under a test clock, work falls due when anyone advances it: read the shared offset first.
  await deps.testClock?.refresh(true);
  await remindReviewsEnding(deps);
  await acceptOverdueSubmissions(deps);
  await sendDueReminders(deps);
  await sweepCheckIns(deps);
  await refreshDueHealth(deps);
  await publishDueReviewRounds(deps);
  await escalateOverdueDisputes(deps);
  await endAmicableExits(deps);
  await sweepStagnation(deps);
  await sendGatheredNotificationMail(deps);
  await deps.mailer.deliverPending();
  await deliverDueWebhooks(deps);
  await sweepRetention(deps);
}

/** Sweeps every `intervalMs`, never two sweeps of one process at a time. */
export function startSweeper(deps: AppDeps, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sweepDueWork(deps)
      .catch((error: unknown) => deps.logger.error({ err: error }, "sweep failed"))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
