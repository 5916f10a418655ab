/**
 * Nets parts of one sum each as the step of the running total: the n-th part is the first n
 * netted together less the first n − 1 netted together. The parts then always add up to the
 * whole netted at once, so two lists that reach the same gross total (refunds agreed in several
 * disputes, refunds paid back in other instalments) reach the same net total; rounding each part
 * on its own could leave them a cent apart, and a settlement never at zero.
 */
export function netEachByRunningTotal(
  grossAmountsMinor: readonly number[],
  netOf: (grossMinor: number) => number,
): number[] {
  let grossSoFar = 0;
  let netSoFar = 0;
  return grossAmountsMinor.map((amountMinor) => {
    grossSoFar += amountMinor;
    const netPart = netOf(grossSoFar) - netSoFar;
    netSoFar += netPart;
    return netPart;
  });
}
