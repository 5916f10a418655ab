/**
 * Every weight and threshold of the health model, in one table, each with its source
 * (`/work/shared/HEALTH.md` summarises them). Tune here; nothing else hard-codes a number.
 */
export const HEALTH = {
  /** Half-life of an engagement's weight in an organisation's score (HEALTH.md, shared mechanics). */
  decayHalfLifeDays: 180,
  /** An engagement leaves the window after 24 months (Upwork JSS: best of 6/12/24-month windows). */
  windowDays: 730,
  /** Pseudo-count of the smoothing toward the cohort mean, (k + m·p0) / (n + m). */
  smoothingM: 5,
  /** Wilson lower bound for rankings, 95 % (z = 1.96). */
  wilsonZ: 1.96,
  /** "New" below 3 engagements with 2 counterparties (Upwork: ≥ 2 contracts with ≥ 2 clients). */
  minEngagements: 3,
  minCounterparties: 2,
  /**
   * Satisfaction is a percentile within the cohort (HEALTH.md): ranked among fewer rated
   * organisations than a side needs engagements to stop being "new" (3), a percentile is no
   * cover (among none it was the smoothed mean itself, so one private rating could be worked
   * back from it) and satisfaction has no value yet, as an input without evidence.
   */
  satisfactionMinCohort: 3,
  /**
   * Counterparts who keep giving poor ratings count for less (Upwork JSS). Accord's reading: a
   * rater that rated at least 3 counterpart organisations, each on average ≤ 6, weighs half.
   */
  harshRater: { minCounterparties: 3, maxMeanRating: 6, weight: 0.5 },
  /**
   * A lateness not yet ended is still growing: until it ends, an unpaid overdue invoice counts
   * its days past due twice, an overdue milestone or unanswered request counts as two misses, a
   * late pending evaluation its business days twice. Ending it (paying, delivering, answering,
   * judging) is then always the quickest way up. Accord's assumption, stated on the scores page.
   */
  openLatenessWeight: 2,
  /** Cohort means before any cohort exists: Accord's starting assumptions, replaced by data. */
  defaultPriors: { reliability: 0.85, quality: 0.7, responsiveness: 0.85, rating: 7 },
  provider: {
    /** SERVQUAL: reliability weighs most, then responsiveness; ERPNext scorecard criteria. */
    weights: {
      reliability: 30,
      quality: 25,
      satisfaction: 20,
      responsiveness: 15,
      costAdherence: 10,
    },
    reliability: { floor: 0.7, target: 0.95 },
    quality: { floor: 0.5, target: 0.9 },
    responsiveness: { floor: 0.7, target: 0.95 },
    /** Invoiced ÷ agreed price: 1.00 scores 100, 1.20 scores 0. */
    costAdherence: { floor: 1.2, target: 1.0 },
  },
  client: {
    weights: {
      payment: 35,
      scopeStability: 20,
      satisfaction: 20,
      feedbackLatency: 15,
      fairDealing: 10,
    },
    /** Value-weighted days past due: 0 → 100, 30 → 0 (EU 2011/7/EU: 30 days without a date). */
    payment: { floor: 30, target: 0 },
    /** Terms over 60 days cap the payment input (EU 2011/7/EU art. 3). */
    longTermsDays: 60,
    longTermsPaymentCap: 70,
    /** Unpriced change effort ÷ agreed effort: 0 → 100, 0.30 → 0. */
    scopeStability: { floor: 0.3, target: 0 },
    /**
     * An unpriced demand has no effort yet; until priced it is presumed to be this share of the
     * agreed effort (Accord's assumption, so three such demands reach the red line of 30 %).
     */
    unpricedDemandPresumedShare: 0.1,
    /** Median business days from submission to evaluation: ≤ 3 → 100, ≥ 10 → 0. */
    feedbackLatency: { floor: 10, target: 3 },
    fairDealingPenalty: 25,
  },
  caps: {
    /** A verified threat tied to a review (CRFA 2016, 16 CFR 465). */
    threat: 40,
    /** An invoice more than 60 days overdue (EU 2011/7/EU). */
    overdueInvoice: 50,
    overdueInvoiceDays: 60,
  },
  warnings: {
    overdueInvoice: { amberDays: 15, redDays: 30 },
    paymentTermsDays: 60,
    unpricedChanges: { amberShare: 0.2, redShare: 0.3 },
    evaluationPending: { amberBusinessDays: 5 },
    /** How long a deemed acceptance keeps the red evaluation warning up. */
    deemedAcceptanceShownDays: 30,
    providerOnTime: { minShare: 0.9, windowDays: 60 },
    lowRating: { maxRating: 6, windowDays: 90 },
    disputeUnanswered: { amberBusinessDays: 3, redBusinessDays: 5 },
  },
} as const;

export type ProviderInput = keyof typeof HEALTH.provider.weights;
export type ClientInput = keyof typeof HEALTH.client.weights;
export type HealthInput = ProviderInput | ClientInput;

export const PROVIDER_INPUTS = Object.keys(HEALTH.provider.weights) as ProviderInput[];
export const CLIENT_INPUTS = Object.keys(HEALTH.client.weights) as ClientInput[];

/**
 * Inputs that count only what went wrong (unpriced demands, unfair dealing): at 0 they say
 * nothing happened yet, which is no evidence of how the side behaves. A side is scored only once
 * some input has evidence (HEALTH.md: every score explains itself from evidence), so a client
 * with nothing paid, judged or rated shows no score, as a provider with nothing due does,
 * instead of 100 from the first day. Accord's reading, on the scores page.
 */
export const INPUTS_COUNTING_ONLY_WHAT_WENT_WRONG: ReadonlySet<HealthInput> = new Set([
  "scopeStability",
  "fairDealing",
]);
