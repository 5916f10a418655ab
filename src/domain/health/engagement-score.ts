import type { Side } from "../engagement/engagement";
import { HEALTH, type HealthInput } from "./constants";
import type { Cohort } from "./cohort";
import { settledOn, type HealthFacts } from "./facts";
import { measureClient, measureProvider, type Measure } from "./measures";
import { dateOf, daysPastDue } from "./mechanics";
import { recognitionSignal } from "./recognition-signal";
import { scoreSide, type CapFlags, type SideScore } from "./score";

/** The measures of one side on one engagement, what caps it, and the recognition it received. */
export interface SideMeasures {
  measures: Partial<Record<HealthInput, Measure>>;
  flags: CapFlags;
  /** When each recognition this side received was published. */
  recognisedAt: string[];
}

/** The side's signal from recognition received (within its window, capped) at `now`. */
export function recognitionOf(measured: SideMeasures, now: string) {
  return recognitionSignal(measured.recognisedAt, new Date(now));
}

export function measureSide(
  side: Side,
  facts: HealthFacts,
  now: string,
  cohort: Cohort,
): SideMeasures {
  const today = dateOf(now);
  return {
    measures:
      side === "provider" ? measureProvider(facts, now, cohort) : measureClient(facts, now, cohort),
    flags: {
      hasVerifiedThreat: facts.threats.some((t) => t.side === side),
      hasInvoiceOver60Days:
        side === "client" &&
        facts.invoices.some(
          (i) =>
            settledOn(i) === null && daysPastDue(i.dueDate, today) > HEALTH.caps.overdueInvoiceDays,
        ),
      hasLongPaymentTerms:
        side === "client" && (facts.paymentTermsDays ?? 0) > HEALTH.client.longTermsDays,
    },
    recognisedAt: (facts.recognitions ?? [])
      .filter((r) => r.side === side)
      .map((r) => r.publishedAt),
  };
}

/** Both sides' scores on one engagement (no decay inside an engagement). */
export function scoreEngagement(
  facts: HealthFacts,
  now: string,
  cohort: Cohort,
): Record<Side, SideScore> {
  const provider = measureSide("provider", facts, now, cohort);
  const client = measureSide("client", facts, now, cohort);
  return {
    provider: scoreSide(
      "provider",
      provider.measures,
      cohort,
      provider.flags,
      recognitionOf(provider, now),
    ),
    client: scoreSide("client", client.measures, cohort, client.flags, recognitionOf(client, now)),
  };
}

/** An engagement's value in major units, for its weight: the agreed price, else what was invoiced. */
export function engagementValueMajor(facts: HealthFacts): number {
  const invoiced = facts.invoices.reduce((sum, i) => sum + i.totalMinor, 0);
  return (facts.agreedPriceMinor ?? invoiced) / 100;
}

export type { OrganisationScore } from "./org-aggregate";
