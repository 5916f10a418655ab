import { describe, expect, it } from "vitest";
import { formatDate } from "../../../i18n/date-format";
import { timeAxisRange, timeTickFormat } from "./time-axis";

const DAY = 86_400;
const JANUARY_15 = Date.UTC(2027, 0, 15, 9, 30);

function tick(locale: string, incrementSeconds: number): string {
  return formatDate(locale, JANUARY_15, { ...timeTickFormat(incrementSeconds), timeZone: "UTC" });
}

describe("a chart's time ticks", () => {
  it("read in the reader's language, at the precision of their spacing", () => {
    expect(tick("fr", 30 * DAY)).toBe("janv. 2027");
    expect(tick("de", 30 * DAY)).toBe("Jan. 2027");
    expect(tick("fr", DAY)).toBe("15 janv.");
    expect(tick("es", 365 * DAY)).toBe("2027");
    expect(tick("en-GB", 3_600)).toBe("9:30");
  });
});

describe("a chart's time axis", () => {
  const day = Date.UTC(2027, 0, 15) / 1000;
  // What uPlot proposes for a lone point on a time axis in seconds: 1,000 days after it.
  const UPLOT_LONE_POINT_MAX = day + 86_400_000;

  it("spans a week around a single point, not the years uPlot proposes", () => {
    expect(timeAxisRange([day], day, UPLOT_LONE_POINT_MAX)).toEqual([day - 3 * DAY, day + 3 * DAY]);
  });

  it("spans a week around points that all fall on one day", () => {
    const evening = day + 20 * 3_600;
    expect(timeAxisRange([day, evening], day, evening)).toEqual([day - 3 * DAY, evening + 3 * DAY]);
  });

  it("keeps uPlot's range once the data covers a day or more, a zoom included", () => {
    const times = [day, day + 90 * DAY];
    expect(timeAxisRange(times, day, day + 90 * DAY)).toEqual([day, day + 90 * DAY]);
    expect(timeAxisRange(times, day + DAY, day + 2 * DAY)).toEqual([day + DAY, day + 2 * DAY]);
    expect(timeAxisRange([], 0, 1)).toEqual([0, 1]);
  });
});
