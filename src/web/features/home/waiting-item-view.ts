import type { WaitingItem } from "../../../contracts/home";
import type { AppMessageKey } from "../../shared/i18n/messages";
import { REFUND_AMOUNT_PARAM } from "../../shared/lib/refund-amount-param";

/** How one item reads on the home page: what to do, the one link that does it, and by when. */
export interface WaitingItemView {
  title: AppMessageKey;
  action: AppMessageKey;
  href: string;
  /** How the deadline reads: silence accepts, a plain deadline, or only how long it waited. */
  deadline: "deemedAcceptance" | "due" | "waitingSince";
}

/** Where each kind of item is acted on. Exhaustive: a new kind is a compile error here. */
export function viewOf(item: WaitingItem): WaitingItemView {
  const engagement = `/engagements/${item.engagementId}`;
  const deadline = item.dueAt === null ? "waitingSince" : "due";
  switch (item.kind) {
    case "evaluate_round":
      return {
        title: "home.item.evaluateRound",
        action: "home.action.evaluate",
        href: `${engagement}/delivery`,
        deadline: item.isDeemedAcceptanceAgreed && item.dueAt ? "deemedAcceptance" : deadline,
      };
    case "approve_change":
      return {
        title: "home.item.approveChange",
        action: "home.action.decideChange",
        href: `${engagement}/changes#change-${item.number}`,
        deadline,
      };
    case "price_change":
      return {
        title: "home.item.priceChange",
        action: "home.action.priceChange",
        href: `${engagement}/changes#change-${item.number}`,
        deadline,
      };
    case "issue_invoice":
      return {
        title: "home.item.issueInvoice",
        action: "home.action.issueInvoice",
        href: `${engagement}/invoices/${item.invoiceId}`,
        deadline,
      };
    case "confirm_payment":
      return {
        title: "home.item.confirmPayment",
        action: "home.action.confirmPayment",
        href: `${engagement}/invoices/${item.invoiceId}`,
        deadline,
      };
    case "confirm_refund":
      return {
        title: "home.item.confirmRefund",
        action: "home.action.confirmRefund",
        href: `${engagement}/invoices#refunds`,
        deadline,
      };
    case "pay_back":
      // The refund form on the invoices page, the amount filled in, as the exit page links it.
      return {
        title: "home.item.payBack",
        action: "home.action.payBack",
        href: `${engagement}/invoices?${REFUND_AMOUNT_PARAM}=${item.amountMinor}#refunds`,
        deadline,
      };
    case "sign_agreement":
      return {
        title: "home.item.signAgreement",
        action: "home.action.sign",
        href: `${engagement}/agreement`,
        deadline,
      };
    case "answer_message":
      return {
        title: "home.item.answerMessage",
        action: "home.action.answer",
        href: `${engagement}/messages?thread=${encodeURIComponent(item.thread)}`,
        deadline,
      };
    case "answer_check_in":
      return {
        title: "home.item.answerCheckIn",
        action: "home.action.answerCheckIn",
        href: `${engagement}/health`,
        deadline,
      };
  }
}
