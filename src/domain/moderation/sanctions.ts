export type SanctionKind = "warning" | "suspension" | "expulsion";

export interface Sanction {
  kind: SanctionKind;
  startsAt: Date;
  /** The end of a suspension; null for a warning or an expulsion. */
  endsAt: Date | null;
  /** Set when an appeal overturned the decision. */
  liftedAt: Date | null;
}

export interface SanctionEffects {
  canStartEngagements: boolean;
  canPostReviews: boolean;
  /** Listed in the provider directory and considered by matching. */
  isListed: boolean;
}

function isInForce(s: Sanction, now: Date): boolean {
  if (s.liftedAt && s.liftedAt.getTime() <= now.getTime()) return false;
  if (now.getTime() < s.startsAt.getTime()) return false;
  return s.endsAt === null || now.getTime() < s.endsAt.getTime();
}

/**
 * What an organisation's sanctions in force take away at `now`. A warning takes nothing; a
 * suspension stops new engagements and reviews until it ends; an expulsion also removes the
 * organisation from the directory and matching, for good.
 */
export function sanctionEffects(sanctions: readonly Sanction[], now: Date): SanctionEffects {
  const active = sanctions.filter((s) => isInForce(s, now));
  const isExpelled = active.some((s) => s.kind === "expulsion");
  const isSuspended = isExpelled || active.some((s) => s.kind === "suspension");
  return { canStartEngagements: !isSuspended, canPostReviews: !isSuspended, isListed: !isExpelled };
}
