/**
 * The numbers of a relationship that grows (goals, stagnation, recognition), kept beside the
 * health model's `HEALTH` table and read the same way: each with why it has its value. Tune
 * here; nothing else hard-codes them.
 */
export const GROWTH = {
  goals: {
    /**
     * A goal with a due date is on track while its progress is at most this share of the
     * whole way behind the straight line from its start to its due date (Accord's choice: one
     * tenth lets a measurement taken a little early count as on track).
     */
    onTrackTolerance: 0.1,
    /** Measured at the check-in cadence when the goal names none. */
    defaultCadenceDays: 14,
  },
  stagnation: {
    /**
     * "When relationships stagnate, nothing happens" (seed essay 004): no new goal, milestone
     * accepted, change request or next-phase offer for this many days is the first signal.
     */
    quietDays: 60,
    /** Silence this long is stagnation by itself, even with nothing else to corroborate it. */
    longQuietDays: 120,
    /** Goals are flat when none gained this share of its way to the target over the window. */
    goalsFlat: { windowDays: 60, minProgressGain: 0.05 },
    /**
     * Check-in ratings (both sides' mean per closed check-in, never one answer) are flat or
     * falling when the last `checkIns` rose by less than `minRise` points from first to last.
     */
    ratings: { checkIns: 3, minRise: 0.5 },
    /** Only recurring invoices: at least `minInvoices` in the window, all of them retainers. */
    recurringInvoices: { windowDays: 90, minInvoices: 2 },
    /** After a review opened, the next may open only this many days later. */
    reviewCooldownDays: 90,
  },
  recognition: {
    /**
     * Recognition beyond money is a positive signal, never a substitute for pay: one point
     * each, at most three, counted over a year, shown beside the score and outside the payment
     * input (Accord's choice: enough to notice, too little to matter against any input).
     */
    pointsEach: 1,
    maxPoints: 3,
    windowDays: 365,
  },
} as const;
