import { describe, expect, it } from "vitest";
import { formatDate } from "../../../i18n/date-format";
import { timeTickFormat } from "./time-axis";

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
