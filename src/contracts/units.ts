/**
 * The unit a person types a limited number in, when the API stores it in another: tax rates in
 * basis points are typed as percentages, money in minor units as amounts of the currency,
 * quantities in thousandths as units. A `min`/`max` check given `inUnit(unit)` reports its
 * issue with the message `unit:<unit>`, and the server's validation mapping says the limit in
 * that unit, in the reader's language (see server/platform/validation.ts).
 */
export const LIMIT_UNITS = ["basis_points", "money", "thousandths", "days", "hours"] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export const UNIT_MESSAGE_PREFIX = "unit:";

export function inUnit(unit: LimitUnit): { error: string } {
  return { error: `${UNIT_MESSAGE_PREFIX}${unit}` };
}

/**
 * `inUnit` for a number's own type check (`z.number(typedInUnit("money"))`), so a value of the
 * wrong kind ("12.50" as text) is told the unit too. A missing value keeps the plain
 * "required" (undefined defers to the configured message).
 */
export function typedInUnit(unit: LimitUnit): {
  error: (issue: { input: unknown }) => string | undefined;
} {
  return {
    error: (issue) => (issue.input === undefined ? undefined : `${UNIT_MESSAGE_PREFIX}${unit}`),
  };
}
