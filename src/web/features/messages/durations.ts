export interface Duration {
  unit: "minute" | "hour" | "day";
  value: number;
}

/**
 * A wait in hours as people read it: minutes under an hour, hours (to a tenth) under two days,
 * days (to a tenth) beyond.
 */
export function durationOf(hours: number): Duration {
  if (hours < 1) return { unit: "minute", value: Math.round(hours * 60) };
  if (hours < 48) return { unit: "hour", value: Math.round(hours * 10) / 10 };
  return { unit: "day", value: Math.round((hours / 24) * 10) / 10 };
}
