/**
 * Integer division rounded half away from zero, on BigInt so that products of safe integers
 * (a quantity times a price, a principal times a rate times days) never lose precision.
 * Billing rounds this way to the currency's minor unit unless a rule says otherwise.
 */
export function divideRoundingHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if (2n * (magnitude % denominator) >= denominator) quotient += 1n;
  return numerator < 0n ? -quotient : quotient;
}

/** The BigInt as a number when it is a safe integer; null when it would lose precision. */
export function toSafeInteger(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : null;
}

/** Sum of safe integers as a BigInt, so a long list cannot overflow silently. */
export function sumExact(values: readonly number[]): bigint {
  return values.reduce((total, value) => total + BigInt(value), 0n);
}
