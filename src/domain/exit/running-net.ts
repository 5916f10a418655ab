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

/**
 * The least gross amount whose part, netted as the next step of the running total after
 * `grossSoFar` (see `netEachByRunningTotal`), is `netMinor`: what to pay back, tax included, so
 * that a net balance owed back reaches zero. `netOf` must never decrease and never grow faster
 * than the gross (a net share of a gross sum), so every net amount is reached exactly; null when
 * it is never reached (nothing netted grows).
 */
export function grossReachingNet(
  netMinor: number,
  grossSoFar: number,
  netOf: (grossMinor: number) => number,
): number | null {
  if (netMinor <= 0) return 0;
  const target = netOf(grossSoFar) + netMinor;
  let high = netMinor;
  for (let doubling = 0; netOf(grossSoFar + high) < target; doubling += 1) {
    if (doubling > 52) return null;
    high *= 2;
  }
  let low = 0;
  // netOf(grossSoFar + low) < target <= netOf(grossSoFar + high)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (netOf(grossSoFar + middle) >= target) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * `netEachByRunningTotal` within each key (an invoice), the parts keeping their order: the
 * payments and credit notes of one invoice, netted at its own share of tax, add up to that
 * invoice's whole moved amount netted at once, so an invoice paid in full in any instalments
 * comes off at its whole subtotal.
 */
export function netEachByRunningTotalWithin<K>(
  parts: readonly { key: K; grossMinor: number }[],
  netOf: (key: K, grossMinor: number) => number,
): number[] {
  const indexesOf = new Map<K, number[]>();
  parts.forEach((part, index) => {
    const indexes = indexesOf.get(part.key);
    if (indexes) indexes.push(index);
    else indexesOf.set(part.key, [index]);
  });
  const netted = parts.map(() => 0);
  for (const [key, indexes] of indexesOf) {
    const nets = netEachByRunningTotal(
      indexes.map((index) => parts[index]!.grossMinor),
      (grossMinor) => netOf(key, grossMinor),
    );
    indexes.forEach((index, position) => {
      netted[index] = nets[position] ?? 0;
    });
  }
  return netted;
}
