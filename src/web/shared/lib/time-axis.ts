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
