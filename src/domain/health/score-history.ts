import { addDays } from "../billing/calendar";

export interface ScorePoint<S extends string = string> {
  /** A UTC date, YYYY-MM-DD. */
  day: string;
  side: S;
  score: number | null;
}

/**
 * A score history stored as the days it changed, read as one point a day: each side's score
 * holds from its point until the next one, up to `throughDay` (the day of the side's latest
 * assessment, a date or one per side), as if a point had been written on every day the score was assessed. Points come
 * ordered by day; the result is ordered by day, then side (as the stored points were).
 */
export function dailyScores<S extends string>(
  changes: readonly ScorePoint<S>[],
  throughDay: string | ((side: S) => string),
): ScorePoint<S>[] {
  const through = typeof throughDay === "string" ? () => throughDay : throughDay;
  const bySide = new Map<S, ScorePoint<S>[]>();
  for (const point of changes) {
    const list = bySide.get(point.side) ?? [];
    list.push(point);
    bySide.set(point.side, list);
  }
  const out: ScorePoint<S>[] = [];
  for (const [side, points] of bySide) {
    for (const [index, point] of points.entries()) {
      const next = points[index + 1];
      const end = through(side);
      const last = next ? addDays(next.day, -1) : end > point.day ? end : point.day;
      for (let day = point.day; day <= last; day = addDays(day, 1)) {
        out.push({ day, side, score: point.score });
      }
    }
  }
  return out.sort((a, b) =>
    a.day === b.day ? (a.side < b.side ? -1 : a.side > b.side ? 1 : 0) : a.day < b.day ? -1 : 1,
  );
}

/**
 * An organisation's score history as its counterparties may read it: only the days a point
 * written once the side's score was public covers. A point from while the side was "new" (below
 * the minimum sample) can be one other engagement's score, which "new" exists to keep private;
 * a point whose status is unknown (written before it was kept) stays private too. Such a point
 * still ends the one before it, so a public score is never carried over a private stretch.
 */
export function publicScoreHistory<S extends string>(
  changes: readonly (ScorePoint<S> & { wasNew: boolean | null })[],
  throughDay: string | ((side: S) => string),
): ScorePoint<S>[] {
  const days = dailyScores(
    changes.map(({ day, side, score }) => ({ day, side, score })),
    throughDay,
  );
  // The same days in the same order, each saying whether its point was public.
  const isPublicOn = dailyScores(
    changes.map(({ day, side, wasNew }) => ({ day, side, score: wasNew === false ? 1 : 0 })),
    throughDay,
  );
  return days.filter((_, index) => isPublicOn[index]?.score === 1);
}
