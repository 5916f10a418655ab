import { z } from "zod";
import { Id, Timestamp } from "./common";
import { IsoDate } from "./terms";

const Side = z.enum(["client", "provider"]);

export const Exit = z.object({
  id: Id,
  reason: z.enum(["notice", "breach", "protected"]),
  givenSide: Side,
  givenOn: IsoDate,
  exitDate: IsoDate,
  cureBy: IsoDate.nullable(),
  isNoticeWaived: z.boolean(),
  note: z.string(),
  handOver: z.array(
    z.object({
      id: Id,
      key: z.string(),
      /** The agreement's words, or a standard item's message key (`exit.handover.*`). */
      duty: z.string(),
      isStandard: z.boolean(),
      responsibleSide: Side,
      dueDate: IsoDate,
      doneAt: Timestamp.nullable(),
    }),
  ),
  isHandOverComplete: z.boolean(),
});

export const GiveNoticeBody = z.object({
  reason: z.enum(["notice", "breach"]),
  /** Breach only: the days the other side has to put it right, as the agreement gives them. */
  curePeriodDays: z.number().int().min(0).max(365).nullable().default(null),
  note: z.string().max(5000).default(""),
});
export const HandOverItemParams = z.object({ id: Id, itemId: Id });
