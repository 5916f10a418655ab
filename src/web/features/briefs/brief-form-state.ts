import type { Brief, UpdateBriefBody } from "../../shared/api/types";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatMoneyInput, formatNumberInput } from "../../shared/lib/money";

export interface BriefItemForm {
  /** Kept across saves, so proposals that cover a must-have still point at it. */
  id: string;
  text: string;
}

export interface ClientPersonForm {
  key: string;
  role: string;
  hoursPerWeek: string;
}

/** The brief as its editor holds it: amounts and hours as the text the person typed. */
export interface BriefForm {
  title: string;
  goals: string[];
  successMeasures: string[];
  mustHaves: BriefItemForm[];
  niceToHaves: BriefItemForm[];
  skillIds: string[];
  budgetCurrency: string;
  budgetMin: string;
  budgetMax: string;
  clientPeople: ClientPersonForm[];
  businessModelScope: string;
  constraints: string[];
  earliestStart: string;
  deadline: string;
  preferredLanguages: string[];
}

export function emptyBriefForm(): BriefForm {
  return {
    title: "",
    goals: [""],
    successMeasures: [""],
    mustHaves: [],
    niceToHaves: [],
    skillIds: [],
    budgetCurrency: "EUR",
    budgetMin: "",
    budgetMax: "",
    clientPeople: [],
    businessModelScope: "",
    constraints: [],
    earliestStart: "",
    deadline: "",
    preferredLanguages: [],
  };
}

export function newBriefItem(): BriefItemForm {
  return { id: crypto.randomUUID(), text: "" };
}

export function newClientPerson(): ClientPersonForm {
  return { key: crypto.randomUUID(), role: "", hoursPerWeek: "" };
}

export function briefToForm(brief: Brief, locale: string): BriefForm {
  const budget = brief.budget;
  return {
    title: brief.title,
    goals: brief.goals.length > 0 ? brief.goals : [""],
    successMeasures: brief.successMeasures.length > 0 ? brief.successMeasures : [""],
    mustHaves: brief.mustHaves,
    niceToHaves: brief.niceToHaves,
    skillIds: brief.skillIds,
    budgetCurrency: budget?.currency ?? "EUR",
    budgetMin: budget ? formatMoneyInput(budget.minMinor, budget.currency, locale) : "",
    budgetMax: budget ? formatMoneyInput(budget.maxMinor, budget.currency, locale) : "",
    clientPeople: brief.clientPeople.map((person) => ({
      key: crypto.randomUUID(),
      role: person.role,
      hoursPerWeek: formatNumberInput(person.hoursPerWeek, locale),
    })),
    businessModelScope: brief.businessModelScope,
    constraints: brief.constraints,
    earliestStart: brief.earliestStart ?? "",
    deadline: brief.deadline ?? "",
    preferredLanguages: brief.preferredLanguages,
  };
}

const lines = (values: string[]) => values.map((value) => value.trim()).filter(Boolean);

/**
 * The request body, amounts and hours read from what was typed (`text` notes what it could not
 * read, at the body's paths). Empty lines are left out; a budget is sent when either end is
 * given, and then needs both.
 */
export function readBriefBody(form: BriefForm, text: TypedText): UpdateBriefBody {
  const hasBudget = form.budgetMin.trim() !== "" || form.budgetMax.trim() !== "";
  return {
    title: form.title,
    goals: lines(form.goals),
    successMeasures: lines(form.successMeasures),
    mustHaves: form.mustHaves.filter((item) => item.text.trim() !== ""),
    niceToHaves: form.niceToHaves.filter((item) => item.text.trim() !== ""),
    skillIds: form.skillIds,
    budget: hasBudget
      ? {
          currency: form.budgetCurrency,
          minMinor: text.amount("budget.minMinor", form.budgetMin, form.budgetCurrency),
          maxMinor: text.amount("budget.maxMinor", form.budgetMax, form.budgetCurrency),
        }
      : null,
    clientPeople: form.clientPeople
      .filter((person) => person.role.trim() !== "" || person.hoursPerWeek.trim() !== "")
      .map((person, index) => ({
        role: person.role,
        hoursPerWeek: text.number(`clientPeople.${index}.hoursPerWeek`, person.hoursPerWeek),
      })),
    businessModelScope: form.businessModelScope,
    constraints: lines(form.constraints),
    earliestStart: form.earliestStart || null,
    deadline: form.deadline || null,
    preferredLanguages: form.preferredLanguages,
  };
}
