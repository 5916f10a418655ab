/** The moderation shapes the web reads, inferred from the API contracts so that they cannot drift. */
import type { z } from "zod";
import type * as Moderation from "../../../contracts/moderation";
import type * as Reviews from "../../../contracts/reviews";

export type ModerationCase = z.infer<typeof Moderation.ModerationCase>;
export type ModerationCaseList = z.infer<typeof Moderation.ModerationCaseList>;
export type MyCaseList = z.infer<typeof Moderation.MyCaseList>;
export type CaseDecision = NonNullable<ModerationCase["decision"]>["decision"];
export type AppealOutcome = NonNullable<NonNullable<ModerationCase["appeal"]>["outcome"]>;
export type ReportBody = z.input<typeof Moderation.ReportBody>;
export type DecideCaseBody = z.input<typeof Moderation.DecideCaseBody>;
export type DecideAppealBody = z.input<typeof Moderation.DecideAppealBody>;

/** The decisions a moderator may take, mildest first. */
export const CASE_DECISIONS: readonly CaseDecision[] = [
  "no_action",
  "warning",
  "suspension",
  "expulsion",
];

export type CloserLookPage = z.infer<typeof Reviews.CloserLookList>;
export type CloserLookReview = CloserLookPage["reviews"][number];
export type CloserLookMark = CloserLookReview["closerLook"][number];
