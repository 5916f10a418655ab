import type { Kysely } from "kysely";
import type * as ScreenText from "../../../domain/screening/screen-text";
import type { ScreeningContext, ScreeningResult } from "../../../domain/screening/types";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { evidenceRoleKey } from "../../platform/explain-finding";
import { insertNudge, resolvePendingNudges } from "./nudges.repository";

/**
 * The screening rules and their learned weights (half a megabyte) load on first use, so a
 * server answers `/readyz` without them; `startAccord` asks for them once it is ready. The
 * module's promise is kept: `import()` resolves its specifier again on every call (through
 * the loader's hooks when run from the sources), which cost a twentieth of a post's CPU.
 */
let screening: Promise<typeof ScreenText> | undefined;
export function loadScreening(): Promise<typeof ScreenText> {
  screening ??= import("../../../domain/screening/screen-text").catch((error: unknown) => {
    screening = undefined; // tried again on the next call
    throw error;
  });
  return screening;
}

export type ScreenedSurface = "message" | "reply" | "review" | "dispute";

export interface SendAttempt {
  engagementId: string;
  surface: ScreenedSurface;
  text: string;
  context: ScreeningContext;
  /** The sender saw the nudge and sends the text as written. */
  sendAnyway: boolean;
}

/**
 * The nudge before sending: a text that reads as a threat is held back once with the policy
 * and the phrases behind the finding, unless the sender says to send it anyway. The nudge is
 * recorded outside the refused write (which rolls back), so how often it leads to a revision
 * can be measured. Call it before the write's transaction.
 */
export async function screenBeforeSend(
  deps: AppDeps,
  actor: Actor,
  attempt: SendAttempt,
): Promise<Result<ScreeningResult>> {
  const { screenText } = await loadScreening();
  const result = screenText({ text: attempt.text, context: attempt.context });
  if (result.kind === "none" || attempt.sendAnyway) return ok(result);
  await insertNudge(deps.db, {
    id: deps.ids.newId(),
    user_id: actor.userId,
    engagement_id: attempt.engagementId,
    surface: attempt.surface,
    kind: result.kind,
    shown_at: deps.clock.now().toISOString(),
    outcome: "pending",
    resolved_at: null,
  });
  return fail(
    "screening_nudge",
    { kind: result.kind },
    result.evidence
      .filter((e) => !e.role.endsWith("-ignored"))
      .map((e, i) => ({
        path: `evidence.${i}.${e.role}`,
        key: "screening.evidence",
        values: { phrase: e.phrase, role: evidenceRoleKey(e) },
      })),
  );
}

/**
 * Inside the send's transaction: a pending nudge on this surface ends as `sent_anyway` when
 * the text still reads as a threat, else as `revised`.
 */
export async function settleNudges(
  trx: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  attempt: Pick<SendAttempt, "engagementId" | "surface">,
  screened: ScreeningResult,
): Promise<void> {
  await resolvePendingNudges(
    trx,
    { userId: actor.userId, engagementId: attempt.engagementId, surface: attempt.surface },
    nudgeOutcomeOf(screened),
    deps.clock.now().toISOString(),
  );
}

/** How a pending nudge ends when the text is sent: as revised unless it still reads as a threat. */
export function nudgeOutcomeOf(screened: ScreeningResult): "revised" | "sent_anyway" {
  return screened.kind === "none" ? "revised" : "sent_anyway";
}
