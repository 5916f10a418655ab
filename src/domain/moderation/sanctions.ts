export type SanctionKind = "warning" | "suspension" | "expulsion";

export interface Sanction {
  kind: SanctionKind;
  startsAt: Date;
  /** The end of a suspension; null for a warning or an expulsion. */
  endsAt: Date | null;
  /** Set when an appeal overturned the decision. */
  liftedAt: Date | null;
}

/**
 * The sanction behind a refusal, as the refused organisation is told it: an expulsion (for
 * good), or a suspension with the moment it ends (null: until a moderator lifts it).
 */
export type Restriction = { kind: "expulsion" } | { kind: "suspension"; endsAt: Date | null };

export interface SanctionEffects {
  canStartEngagements: boolean;
  canPostReviews: boolean;
  /** Listed in the provider directory and considered by matching. */
  isListed: boolean;
  /** Why the organisation may not start engagements or post reviews; null when it may. */
  restriction: Restriction | null;
}

function isInForce(s: Sanction, now: Date): boolean {
  if (s.liftedAt && s.liftedAt.getTime() <= now.getTime()) return false;
  if (now.getTime() < s.startsAt.getTime()) return false;
  return s.endsAt === null || now.getTime() < s.endsAt.getTime();
}

/**
 * When the suspensions in force all end: the latest end among them (every one of them holds
 * now, so the organisation is free only once the last is over), null when one has no end.
 */
function suspensionEnd(suspensions: readonly Sanction[]): Date | null {
  let end = 0;
  for (const s of suspensions) {
    if (s.endsAt === null) return null;
    end = Math.max(end, s.endsAt.getTime());
  }
  return new Date(end);
}

/**
 * What an organisation's sanctions in force take away at `now`. A warning takes nothing; a
 * suspension stops new engagements and reviews until it ends; an expulsion also removes the
 * organisation from the directory and matching, for good.
 */
export function sanctionEffects(sanctions: readonly Sanction[], now: Date): SanctionEffects {
  const active = sanctions.filter((s) => isInForce(s, now));
  const isExpelled = active.some((s) => s.kind === "expulsion");
  const suspensions = active.filter((s) => s.kind === "suspension");
  const restriction: Restriction | null = isExpelled
    ? { kind: "expulsion" }
    : suspensions.length > 0
      ? { kind: "suspension", endsAt: suspensionEnd(suspensions) }
      : null;
  const isFree = restriction === null;
  return {
    canStartEngagements: isFree,
    canPostReviews: isFree,
    isListed: !isExpelled,
    restriction,
  };
}
