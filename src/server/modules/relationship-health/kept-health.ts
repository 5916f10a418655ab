import type { Side } from "../../../domain/engagement/engagement";
import type { FactsState } from "../../../domain/health/facts-from-ledger";
import {
  sharesFromJson,
  sumsFromJson,
  type EngagementShares,
  type OrgSums,
} from "../../../domain/health/org-aggregate";
import type { HealthWarning } from "../../../domain/health/warnings";

/** What health's reaction stored for an engagement, as text and as the objects it was made from. */
interface KeptHealth {
  stateText: string;
  state: FactsState;
  warningsText: string;
  warnings: HealthWarning[];
  sharesText: string;
  shares: EngagementShares;
}

/** The stored row's texts that `takeParsedHealth` parses, or takes as kept. */
export interface StoredHealthTexts {
  state: string;
  warnings: string;
  org_shares: string;
}

/**
 * Engagements kept, the most recent last. A state of the bench's data is ~1 kB of JSON and a
 * few kB as objects, so this is a few MB at most; an engagement whose events follow each other
 * (a conversation) is the one it serves.
 */
const CAPACITY = 1_000;
const kept = new Map<string, KeptHealth>();

/** How often the kept objects stood in for parsing, for the tests. */
export const keptHealthCounts = { taken: 0, parsed: 0, sumsTaken: 0 };

/**
 * The stored state, warnings and shares of an engagement as objects: those the last reaction in
 * this process stored, when the row still holds their very texts, else parsed from the row.
 * Parsing is a fifth of the reaction's own computing, and the objects a reaction just
 * serialised parse back to equal objects (plain JSON values: no `undefined`, no shared
 * objects; the property tests check it), so taking them gives the stored row the full path
 * gives. Another process's write, or a rolled-back one, leaves other texts, which are parsed.
 * The kept entry is given up: the fold updates the state in place.
 */
export function takeParsedHealth(
  engagementId: string,
  stored: StoredHealthTexts,
): { state: FactsState; warnings: HealthWarning[]; shares: EngagementShares | null } {
  const entry = kept.get(engagementId);
  if (entry) kept.delete(engagementId);
  const isKept = entry?.stateText === stored.state;
  if (isKept) keptHealthCounts.taken += 1;
  else keptHealthCounts.parsed += 1;
  return {
    state: isKept ? entry.state : (JSON.parse(stored.state) as FactsState),
    warnings:
      entry?.warningsText === stored.warnings
        ? entry.warnings
        : (JSON.parse(stored.warnings) as HealthWarning[]),
    shares:
      entry?.sharesText === stored.org_shares ? entry.shares : sharesFromJson(stored.org_shares),
  };
}

/**
 * Keeps what a reaction stored, for the engagement's next event: called once its row is
 * written, with the texts written and the objects serialised into them, which nothing
 * changes afterwards.
 */
export function keepParsedHealth(engagementId: string, entry: KeptHealth): void {
  kept.delete(engagementId);
  kept.set(engagementId, entry);
  if (kept.size > CAPACITY) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
}

/** Forgets one engagement's kept objects, or all (and every kept sums): the next reactions parse (tests). */
export function forgetParsedHealth(engagementId?: string): void {
  if (engagementId !== undefined) {
    kept.delete(engagementId);
    return;
  }
  kept.clear();
  keptSums.clear();
}

/**
 * Organisation sides kept, the most recent last: every event moves two, and an organisation's
 * engagements are many, so its sums come back far more often than any one engagement's state.
 */
const SUMS_CAPACITY = 2_000;
const keptSums = new Map<string, { text: string; sums: OrgSums }>();

/**
 * An organisation side's stored sums: those a reaction of this process computed last for it,
 * when `text` (the stored row's) is their very text, else parsed from it. Parsing makes a
 * bigint of each sum's decimal text, twice an event; since the sums are a function of their
 * text, equal texts give equal sums whether that reaction's transaction committed or not. The
 * kept sums are shared, never changed: `addSums` copies its first operand.
 */
export function takeOrganisationSums(orgId: string, side: Side, text: string): OrgSums {
  const entry = keptSums.get(`${side}:${orgId}`);
  if (entry?.text !== text) return sumsFromJson(text);
  keptHealthCounts.sumsTaken += 1;
  return entry.sums;
}

/** Keeps an organisation side's sums just computed and their text, for its next event. */
export function keepOrganisationSums(orgId: string, side: Side, text: string, sums: OrgSums): void {
  const key = `${side}:${orgId}`;
  keptSums.delete(key);
  keptSums.set(key, { text, sums });
  if (keptSums.size > SUMS_CAPACITY) {
    const oldest = keptSums.keys().next().value;
    if (oldest !== undefined) keptSums.delete(oldest);
  }
}
