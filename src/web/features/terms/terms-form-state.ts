import type { ProposalTerms, Remuneration } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatMoneyInput, formatNumberInput } from "../../shared/lib/money";

/**
 * The commercial terms a proposal carries and an agreement keeps, as their editors hold them:
 * numbers and amounts as the text the person typed, ids generated here for every new item.
 */
export interface CriterionForm {
  id: string;
  statement: string;
  verification: string;
}

export interface DeliverableForm {
  id: string;
  title: string;
  description: string;
  criteria: CriterionForm[];
  /** Empty means unlimited revisions, which the fair-terms check warns about. */
  revisionLimit: string;
  /** Empty means the deliverable is not tied to a milestone. */
  milestoneId: string;
  coversMustHaveIds: string[];
}

export interface MilestoneForm {
  id: string;
  title: string;
  dueDate: string;
  amount: string;
}

export interface ResponsibilityForm {
  id: string;
  what: string;
  dueDate: string;
}

export interface RemunerationForm {
  model: Remuneration["model"];
  currency: string;
  amount: string;
  rate: string;
  hasEffort: boolean;
  effortUnit: "hour" | "day";
  effortQuantity: string;
  retainerPeriod: "month" | "quarter";
}

export interface CommercialTermsForm {
  deliverables: DeliverableForm[];
  milestones: MilestoneForm[];
  methodology: string;
  checkInEveryDays: string;
  channels: string[];
  clientResponsibilities: ResponsibilityForm[];
  providerResponsibilities: ResponsibilityForm[];
  remuneration: RemunerationForm;
  paymentTermsDays: string;
}

type CommercialTerms = Omit<ProposalTerms, "summary">;

const newId = () => crypto.randomUUID();

export function newCriterion(): CriterionForm {
  return { id: newId(), statement: "", verification: "" };
}

export function newDeliverable(): DeliverableForm {
  return {
    id: newId(),
    title: "",
    description: "",
    criteria: [newCriterion()],
    revisionLimit: "2",
    milestoneId: "",
    coversMustHaveIds: [],
  };
}

export function newMilestone(): MilestoneForm {
  return { id: newId(), title: "", dueDate: "", amount: "" };
}

export function newResponsibility(): ResponsibilityForm {
  return { id: newId(), what: "", dueDate: "" };
}

export function emptyCommercialTerms(currency: string): CommercialTermsForm {
  return {
    deliverables: [newDeliverable()],
    milestones: [],
    methodology: "",
    checkInEveryDays: "7",
    channels: [],
    clientResponsibilities: [],
    providerResponsibilities: [],
    remuneration: {
      model: "fixed",
      currency,
      amount: "",
      rate: "",
      hasEffort: false,
      effortUnit: "day",
      effortQuantity: "",
      retainerPeriod: "month",
    },
    paymentTermsDays: "30",
  };
}

const money = (minor: number | null, currency: string, locale: string) =>
  minor === null ? "" : formatMoneyInput(minor, currency, locale);

export function commercialTermsToForm(terms: CommercialTerms, locale: string): CommercialTermsForm {
  const r = terms.remuneration;
  return {
    deliverables: terms.deliverables.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      criteria: d.criteria.map((c) => ({ ...c })),
      revisionLimit: d.revisionLimit === null ? "" : formatNumberInput(d.revisionLimit, locale),
      milestoneId: d.milestoneId ?? "",
      coversMustHaveIds: d.coversMustHaveIds,
    })),
    milestones: terms.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      amount: money(m.amountMinor, r.currency, locale),
    })),
    methodology: terms.methodology,
    checkInEveryDays: formatNumberInput(terms.cadence.checkInEveryDays, locale),
    channels: terms.cadence.channels,
    clientResponsibilities: terms.clientResponsibilities.map(responsibilityToForm),
    providerResponsibilities: terms.providerResponsibilities.map(responsibilityToForm),
    remuneration: {
      model: r.model,
      currency: r.currency,
      amount: money(r.amountMinor, r.currency, locale),
      rate: money(r.rateMinor, r.currency, locale),
      hasEffort: r.estimatedEffort !== null,
      effortUnit: r.estimatedEffort?.unit ?? "day",
      effortQuantity: r.estimatedEffort
        ? formatNumberInput(r.estimatedEffort.quantity, locale)
        : "",
      retainerPeriod: r.retainerPeriod ?? "month",
    },
    paymentTermsDays: formatNumberInput(terms.paymentTermsDays, locale),
  };
}

function responsibilityToForm(r: { id: string; what: string; dueDate: string | null }) {
  return { id: r.id, what: r.what, dueDate: r.dueDate ?? "" };
}

/**
 * Reads the numbers typed in a terms editor, in the reader's format (`TypedText`), and notes
 * those it cannot read at their path.
 */
export interface TermsNumbers {
  /** Minor units of a required amount; 0 when it cannot be read. */
  amount(path: string, text: string, currency: string): number;
  /** Minor units, or null for an empty field. */
  optionalAmount(path: string, text: string, currency: string): number | null;
  /** A number of days, hours or units of effort; 0 when it cannot be read. */
  number(path: string, text: string): number;
  /** A number, or null for an empty field. */
  optionalNumber(path: string, text: string): number | null;
}

/**
 * Numbers read by a contract form's `TypedText`, at the request body's paths: the terms sit
 * under `prefix` (`terms`), so a problem lands where the server would name it.
 */
export function termsNumbers(text: TypedText, prefix: string): TermsNumbers {
  const at = (path: string) => `${prefix}.${path}`;
  return {
    amount: (path, typed, currency) => text.amount(at(path), typed, currency),
    optionalAmount: (path, typed, currency) =>
      typed.trim() === "" ? null : text.amount(at(path), typed, currency),
    number: (path, typed) => text.number(at(path), typed),
    optionalNumber: (path, typed) => (typed.trim() === "" ? null : text.number(at(path), typed)),
  };
}

/** A terms editor's words for its fields, the terms sitting under `prefix` in the body. */
export function termsWords(prefix: string): FormWords {
  return {
    [`${prefix}.deliverables.*.title`]: { required: "form.terms.deliverableTitleMissing" },
    [`${prefix}.deliverables.*.criteria.*.statement`]: {
      required: "form.terms.criterionMissing",
    },
    [`${prefix}.milestones.*.title`]: { required: "form.terms.milestoneTitleMissing" },
    [`${prefix}.milestones.*.dueDate`]: { required: "form.terms.milestoneDateMissing" },
    [`${prefix}.clientResponsibilities.*.what`]: { required: "form.terms.responsibilityMissing" },
    [`${prefix}.providerResponsibilities.*.what`]: {
      required: "form.terms.responsibilityMissing",
    },
  };
}

/** The terms as the API takes them; unreadable numbers are noted by `numbers`. */
export function formToCommercialTerms(
  form: CommercialTermsForm,
  numbers: TermsNumbers,
): CommercialTerms {
  const r = form.remuneration;
  const currency = r.currency;
  const isTimeAndMaterials = r.model === "time_and_materials";
  return {
    deliverables: form.deliverables.map((d, i) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      criteria: d.criteria.map((c) => ({ ...c })),
      revisionLimit: numbers.optionalNumber(`deliverables.${i}.revisionLimit`, d.revisionLimit),
      milestoneId: d.milestoneId || null,
      coversMustHaveIds: d.coversMustHaveIds,
    })),
    milestones: form.milestones.map((m, i) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      amountMinor: numbers.amount(`milestones.${i}.amountMinor`, m.amount || "0", currency),
    })),
    methodology: form.methodology,
    cadence: {
      checkInEveryDays: numbers.number("cadence.checkInEveryDays", form.checkInEveryDays),
      channels: form.channels.map((c) => c.trim()).filter(Boolean),
    },
    clientResponsibilities: form.clientResponsibilities.map(formToResponsibility),
    providerResponsibilities: form.providerResponsibilities.map(formToResponsibility),
    remuneration: {
      model: r.model,
      currency,
      amountMinor: numbers.optionalAmount("remuneration.amountMinor", r.amount, currency),
      rateMinor: isTimeAndMaterials
        ? numbers.optionalAmount("remuneration.rateMinor", r.rate, currency)
        : null,
      estimatedEffort: r.hasEffort || isTimeAndMaterials ? effortOf(r, numbers) : null,
      retainerPeriod: r.model === "retainer" ? r.retainerPeriod : null,
    },
    paymentTermsDays: numbers.number("paymentTermsDays", form.paymentTermsDays),
  };
}

function formToResponsibility(r: ResponsibilityForm) {
  return { id: r.id, what: r.what, dueDate: r.dueDate || null };
}

function effortOf(r: RemunerationForm, numbers: TermsNumbers) {
  const quantity = numbers.optionalNumber(
    "remuneration.estimatedEffort.quantity",
    r.effortQuantity,
  );
  return quantity === null ? null : { unit: r.effortUnit, quantity };
}
