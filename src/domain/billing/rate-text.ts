/**
 * A rate written as a percentage ("2.15", "0", "-0.5") in basis points (215, 0, -50), or null
 * when it is not a plain decimal with at most two decimals between −100 and 100. Read as text,
 * so "2.15" is exactly 215 and never 214.99999.
 */
export function basisPointsOfPercent(text: string): number | null {
  const match = /^(-?)(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const magnitude = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  if (magnitude > 10_000) return null;
  return match[1] === "-" && magnitude !== 0 ? -magnitude : magnitude;
}
