import { isSameText } from "../same-text";

/** A client's structured brief: what they seek, want, and can reach, before providers see it. */
export interface Brief {
  title: string;
  goals: string[];
  successMeasures: string[];
  mustHaves: BriefItem[];
  niceToHaves: BriefItem[];
  /** Skills from the shared taxonomy that the work needs; matching ranks on them. */
  skillIds: string[];
  budget: BudgetRange | null;
  /** People the client commits to the work, with their weekly hours. */
  clientPeople: { role: string; hoursPerWeek: number }[];
  businessModelScope: string;
  constraints: string[];
  /** ISO dates (YYYY-MM-DD). */
  earliestStart: string | null;
  deadline: string | null;
  preferredLanguages: string[];
}

export interface BriefItem {
  id: string;
  text: string;
}

export interface BudgetRange {
  currency: string;
  minMinor: number;
  maxMinor: number;
}

/**
 * The organisation's other draft brief titled `title` (compared by `isSameText`), if any: one
 * open draft per title, so a double click or a retry does not start the same brief twice, and
 * two drafts of one name cannot be told apart in the list. A published or closed brief is no
 * draft: a new one may take its title. `exceptId` is the draft being rewritten.
 */
export function draftTitled<B extends { id: string; title: string }>(
  drafts: readonly B[],
  title: string,
  exceptId: string | null = null,
): B | undefined {
  return drafts.find((draft) => draft.id !== exceptId && isSameText(draft.title, title));
}

/**
 * The day work on a brief can start, as matching, clarity and feasibility plan it: its earliest
 * start, or today when it names none or names one already gone by.
 */
export function plannedStartOf(brief: Pick<Brief, "earliestStart">, today: string): string {
  return brief.earliestStart && brief.earliestStart > today ? brief.earliestStart : today;
}
