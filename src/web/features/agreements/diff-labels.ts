import type { IntlShape } from "react-intl";
import type { AppMessageKey } from "../../shared/i18n/messages";

/** Lists whose items are numbered in a readable path ("Deliverable 2 › Acceptance criterion 1"). */
const ITEM_LABELS: Partial<Record<string, AppMessageKey>> = {
  deliverables: "diff.item.deliverable",
  criteria: "diff.item.criterion",
  milestones: "diff.item.milestone",
  clientResponsibilities: "diff.item.clientResponsibility",
  providerResponsibilities: "diff.item.providerResponsibility",
  additionalClauses: "diff.item.clause",
  handOverDuties: "diff.item.handOverDuty",
  disputeLadder: "diff.item.disputeStep",
  channels: "diff.item.channel",
};

/** Field names, reusing the editors' labels. */
const FIELD_LABELS: Partial<Record<string, AppMessageKey>> = {
  scope: "agreement.scope",
  deliverables: "terms.deliverables",
  milestones: "terms.milestones",
  title: "terms.deliverable.title",
  description: "terms.deliverable.description",
  criteria: "terms.criteria",
  statement: "terms.criterion.statement",
  verification: "terms.criterion.verification",
  revisionLimit: "terms.deliverable.revisionLimit",
  milestoneId: "terms.deliverable.milestone",
  coversMustHaveIds: "terms.deliverable.covers",
  dueDate: "terms.milestone.dueDate",
  amountMinor: "diff.field.amount",
  methodology: "terms.methodology",
  cadence: "terms.cadence",
  checkInEveryDays: "terms.cadence.every",
  channels: "terms.cadence.channels",
  clientResponsibilities: "terms.clientResponsibilities",
  providerResponsibilities: "terms.providerResponsibilities",
  what: "terms.responsibility.what",
  remuneration: "terms.remuneration",
  model: "terms.remuneration.model",
  currency: "money.currency",
  rateMinor: "diff.field.rate",
  estimatedEffort: "terms.effort.quantity",
  retainerPeriod: "terms.remuneration.period",
  paymentTermsDays: "terms.paymentTermsDays",
  responseTimes: "agreement.responseTimes",
  clientHours: "agreement.responseTimes.client",
  providerHours: "agreement.responseTimes.provider",
  statutoryLateInterest: "agreement.lateInterest",
  changeControl: "agreement.changeControl",
  isAmendmentRequired: "agreement.changeControl.amendment",
  acknowledgementBelowMinor: "agreement.changeControl.below",
  reviewWindowDays: "agreement.reviewWindowDays",
  hasDeemedAcceptance: "agreement.deemedAcceptance",
  noticePeriodDays: "agreement.noticePeriodDays",
  handOverDuties: "agreement.handOver",
  disputeLadder: "agreement.disputeLadder",
  additionalClauses: "agreement.clauses",
  text: "agreement.clause.text",
  isFloorWaived: "agreement.floorWaiver",
};

/** A dotted path of the terms as words: `deliverables.1.criteria.0.statement` → "Deliverable 2 › …". */
export function describePath(path: string, intl: IntlShape): string {
  const parts = path.split(".");
  const words: string[] = [];
  parts.forEach((part, index) => {
    const previous = parts[index - 1];
    if (/^\d+$/.test(part) && previous) {
      const itemKey = ITEM_LABELS[previous];
      if (itemKey)
        words[words.length - 1] = intl.formatMessage({ id: itemKey }, { n: Number(part) + 1 });
      else words.push(String(Number(part) + 1));
      return;
    }
    const fieldKey = FIELD_LABELS[part];
    words.push(fieldKey ? intl.formatMessage({ id: fieldKey }) : part);
  });
  return words.join(" › ");
}

/** A value of the terms in a few words; items show their text, other objects as compact JSON. */
export function describeValue(value: unknown, intl: IntlShape): string {
  if (value === null || value === undefined) return intl.formatMessage({ id: "terms.view.none" });
  if (typeof value === "boolean") return intl.formatMessage({ id: value ? "diff.yes" : "diff.no" });
  if (typeof value === "number") return intl.formatNumber(value);
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => describeValue(item, intl)).join("; ");
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of ["title", "statement", "what", "text"]) {
      if (typeof record[key] === "string") return record[key];
    }
  }
  return JSON.stringify(value);
}
