import { z } from "zod";
import { ReminderScheduleBody } from "../../../contracts/billing";
import { readOffsets } from "./reminder-offsets";

/** The schedule as its form holds it: the days as typed, "-7, -1, 1, 7". */
export interface ReminderScheduleValues {
  offsets: string;
}

/**
 * The contract, as the form holds it: the typed days are read first, and what is not a whole
 * number of days is named (in the reader's language's list: "“x” and “y”"); what was read is
 * then checked by the contract itself.
 */
export function reminderScheduleForm(locale: string) {
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return z
    .object({ offsets: z.string() })
    .transform((values, ctx): z.input<typeof ReminderScheduleBody> => {
      const read = readOffsets(values.offsets);
      if (read.ok) return { offsets: read.offsets };
      ctx.addIssue({
        code: "custom",
        path: ["offsets"],
        input: values.offsets,
        params: {
          key: "reminderSchedule.unreadable",
          values: { parts: list.format(read.unreadable.map((part) => `“${part}”`)) },
        },
      });
      return z.NEVER;
    })
    .pipe(ReminderScheduleBody);
}
