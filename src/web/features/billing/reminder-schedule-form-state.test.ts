import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import { reminderScheduleForm } from "./reminder-schedule-form-state";

const check = (offsets: string, locale = "en") =>
  checkForm(reminderScheduleForm(locale), { offsets }, {}, locale);

describe("the reminder schedule, read from the days typed and checked with the contract", () => {
  it("names every part that is not a whole number of days, in the reader's language", async () => {
    expect(await check("-7, soon, 3, 1.5")).toEqual({
      data: null,
      problems: [
        {
          path: "offsets",
          message: { key: "reminderSchedule.unreadable", values: { parts: "“soon” and “1.5”" } },
        },
      ],
    });
    expect((await check("bientôt; x", "fr")).problems[0]?.message.values).toEqual({
      parts: "“bientôt” et “x”",
    });
  });

  it("reads the days, a typographic minus included, and accepts no reminder at all", async () => {
    expect((await check("\u22127, -1 1;7")).data).toEqual({ offsets: [-7, -1, 1, 7] });
    expect((await check("")).data).toEqual({ offsets: [] });
  });

  it("holds the contract's limit on how many days", async () => {
    const many = Array.from({ length: 51 }, (_, day) => String(day)).join(", ");
    expect((await check(many)).problems).toEqual([
      { path: "offsets", message: { key: "validation.too_many_items", values: { maximum: 50 } } },
    ]);
  });
});
