/** The exit shapes the web reads and sends, inferred from the API contracts. */
import type { z } from "zod";
import type * as Exits from "../../../contracts/exits";

export type Exit = z.infer<typeof Exits.Exit>;
export type HandOverItem = Exit["handOver"][number];
export type SettlementLine = NonNullable<
  NonNullable<Exit["settlement"]>["settlement"]
>["lines"][number];
export type GiveNoticeBody = z.input<typeof Exits.GiveNoticeBody>;
export type ExitFeedbackBody = z.input<typeof Exits.ExitFeedbackBody>;
