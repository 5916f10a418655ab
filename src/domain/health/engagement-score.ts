import type { Side } from "../engagement/engagement";
import { CLIENT_INPUTS, HEALTH, PROVIDER_INPUTS, type HealthInput } from "./constants";
import type { Cohort } from "./cohort";
import type { HealthFacts } from "./facts";
import { measureClient, measureProvider, type Measure } from "./measures";
import { dateOf, daysBetweenInstants, daysPastDue, engagementWeight } from "./mechanics";
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
function recognitionOf(measured: SideMeasures, now: string) {
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
            i.paidOn === null && daysPastDue(i.dueDate, today) > HEALTH.caps.overdueInvoiceDays,
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

/** Relative weights ω (mean 1) of engagements in the window; 0 for those outside it. */
export function relativeWeights(all: readonly HealthFacts[], now: string): number[] {
  const raw = all.map((f) =>
    engagementWeight(daysBetweenInstants(f.lastActivityAt, now), engagementValueMajor(f)),
  );
  const inWindow = raw.filter((w) => w > 0);
  const mean = inWindow.reduce((a, b) => a + b, 0) / Math.max(1, inWindow.length);
  return raw.map((w) => (mean > 0 ? w / mean : 0));
}

/**
 * Combines one side's measures over its engagements, each weighted by ω: rates and ratings add
 * their weighted counts (so smoothing still sees the sample's size), values average.
 */
export function combineMeasures(
  items: readonly { measures: SideMeasures; omega: number }[],
  inputs: readonly HealthInput[],
): SideMeasures {
  const measures: Partial<Record<HealthInput, Measure>> = {};
  for (const input of inputs) {
    const parts = items
      .map((item) => ({ measure: item.measures.measures[input], omega: item.omega }))
      .filter(
        (p): p is { measure: Measure; omega: number } => p.measure !== undefined && p.omega > 0,
      );
    measures[input] = combine(parts);
  }
  const active = items.filter((i) => i.omega > 0);
  return {
    measures,
    flags: {
      hasVerifiedThreat: active.some((i) => i.measures.flags.hasVerifiedThreat),
      hasInvoiceOver60Days: active.some((i) => i.measures.flags.hasInvoiceOver60Days),
      hasLongPaymentTerms: active.some((i) => i.measures.flags.hasLongPaymentTerms),
    },
    recognisedAt: active.flatMap((i) => i.measures.recognisedAt),
  };
}

function combine(parts: readonly { measure: Measure; omega: number }[]): Measure {
  const evidence = parts.flatMap((p) => p.measure.evidence);
  const first = parts[0]?.measure;
  if (!first || first.kind === "value") {
    let sum = 0;
    let weight = 0;
    for (const { measure, omega } of parts) {
      if (measure.kind !== "value" || measure.value === null) continue;
      sum += omega * measure.value;
      weight += omega;
    }
    return { kind: "value", value: weight > 0 ? sum / weight : null, evidence };
  }
  if (first.kind === "rate") {
    let k = 0;
    let n = 0;
    for (const { measure, omega } of parts) {
      if (measure.kind !== "rate") continue;
      k += omega * measure.k;
      n += omega * measure.n;
    }
    return { kind: "rate", k, n, evidence };
  }
  let sum = 0;
  let weight = 0;
  let count = 0;
  for (const { measure, omega } of parts) {
    if (measure.kind !== "rating") continue;
    sum += omega * measure.sum;
    weight += omega * measure.weight;
    count += measure.count;
  }
  return { kind: "rating", sum, weight, count, evidence };
}

export interface OrganisationScore extends SideScore {
  orgId: string;
  engagementCount: number;
  counterpartyCount: number;
  /** Below 3 engagements with 2 counterparties the score is "new": shown to no one outside. */
  isNew: boolean;
}

/** An organisation's score on one side across its engagements, decayed and windowed. */
export function scoreOrganisation(
  side: Side,
  orgId: string,
  engagements: readonly HealthFacts[],
  now: string,
  cohort: Cohort,
): OrganisationScore {
  const own = engagements.filter(
    (f) => (side === "client" ? f.clientOrgId : f.providerOrgId) === orgId,
  );
  const omegas = relativeWeights(own, now);
  const items = own.map((facts, index) => ({
    measures: measureSide(side, facts, now, cohort),
    omega: omegas[index] ?? 0,
  }));
  const combined = combineMeasures(items, side === "provider" ? PROVIDER_INPUTS : CLIENT_INPUTS);
  const inWindow = own.filter((_, index) => (omegas[index] ?? 0) > 0);
  const counterparties = new Set(
    inWindow.map((f) => (side === "client" ? f.providerOrgId : f.clientOrgId)),
  );
  return {
    ...scoreSide(side, combined.measures, cohort, combined.flags, recognitionOf(combined, now)),
    orgId,
    engagementCount: inWindow.length,
    counterpartyCount: counterparties.size,
    isNew:
      inWindow.length < HEALTH.minEngagements || counterparties.size < HEALTH.minCounterparties,
  };
}
