import { z } from "zod";

/** What the sender is told after sending a text that screening flagged. */
export const ScreeningNotice = z.object({
  kind: z.enum(["retaliation", "legal_threat"]),
  /** The policy, in the sender's language. */
  policy: z.string(),
  /** The moderation case a retaliation opened. */
  caseId: z.string().nullable(),
});
