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
