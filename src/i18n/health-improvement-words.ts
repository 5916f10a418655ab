import type { ImprovementAction } from "../domain/health/improvement";
import type { MessageKey } from "./messages/en";

/** The catalogue key of each step that would raise a score ("pay INV-0042, 18 days overdue: +9"). */
export const IMPROVEMENT_KEYS: Record<ImprovementAction["action"], MessageKey> = {
  pay_invoice: "health.improve.pay_invoice",
  settle_change_request: "health.improve.settle_change_request",
  evaluate_submission: "health.improve.evaluate_submission",
  deliver_milestone: "health.improve.deliver_milestone",
  answer_thread: "health.improve.answer_thread",
};

/** The values its message takes, for the API and the web's health tab alike. */
export function improvementValues(
  improvement: ImprovementAction & { gain: number },
): Record<string, string | number> {
  const gain = improvement.gain;
  switch (improvement.action) {
    case "pay_invoice":
      return { number: improvement.number, days: improvement.daysOverdue, gain };
    case "settle_change_request":
      return { number: improvement.number, title: improvement.title, gain };
    case "evaluate_submission":
      return { deliverable: improvement.deliverableTitle, days: improvement.businessDays, gain };
    case "deliver_milestone":
      return { title: improvement.title, days: improvement.daysLate, gain };
    case "answer_thread":
      return { gain };
  }
}
