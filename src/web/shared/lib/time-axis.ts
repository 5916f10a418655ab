const DAY_SECONDS = 86_400;

/**
 * How a chart's time tick reads, from the spacing between ticks (in seconds): years alone a
 * year apart, month and year a month apart, day and month a day apart, else the time of day.
 * Formatted in the reader's language, where uPlot's own labels are English ("Jan", "Time").
 */
export function timeTickFormat(incrementSeconds: number): Intl.DateTimeFormatOptions {
  if (incrementSeconds >= 365 * DAY_SECONDS) return { year: "numeric" };
  if (incrementSeconds >= 28 * DAY_SECONDS) return { month: "short", year: "numeric" };
  if (incrementSeconds >= DAY_SECONDS) return { day: "numeric", month: "short" };
  return { hour: "numeric", minute: "2-digit" };
}

/** How far either side of points all within one day the time axis reaches. */
const LONE_DAY_MARGIN_SECONDS = 3 * DAY_SECONDS;

/**
 * The time axis's range (in seconds) for the chart's sorted `times`: uPlot's own (`min` to
 * `max`: the data's span, or what the reader zoomed to), but a week around points that all
 * fall within one day. uPlot widens a lone point's zero span by 86,400 of its milliseconds,
 * which on a time axis in seconds is 1,000 days: a health chart's first score read as years.
 */
export function timeAxisRange(
  times: ArrayLike<number>,
  min: number,
  max: number,
): [number, number] {
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined || last - first >= DAY_SECONDS) return [min, max];
  return [first - LONE_DAY_MARGIN_SECONDS, last + LONE_DAY_MARGIN_SECONDS];
}
