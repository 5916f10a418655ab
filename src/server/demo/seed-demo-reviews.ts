import { EVENT_PAYLOADS } from "../../contracts/events";
import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { postMessage } from "../modules/messages/post-message";
import { decideCase } from "../modules/moderation/decide-case";
import { reportContent } from "../modules/moderation/report-content";
import { respondToCase } from "../modules/moderation/respond-to-case";
import { replyToReview } from "../modules/reviews/reply-to-review";
import { submitReview } from "../modules/reviews/submit-review";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

const THREAT =
  "Retirez cet avis immédiatement, sinon nous vous poursuivrons en justice pour diffamation.";
const LEGAL_NOTICE =
  "If invoice ATELIER-0002 is not paid by Friday, we will hand the matter to our lawyers.";
const POLITE_REMINDER =
  "Invoice ATELIER-0002 is now overdue; could your accounting team look at it this week?";

/**
 * Stage 9 for the demo, on the annual-report engagement whose milestones are accepted: a
 * published review pair, the provider's threatening reply sent despite the nudge (an open
 * case), a nudge that led to a revision, and a reported message decided with a warning.
 */
export async function seedDemoReviews(
  deps: AppDeps,
  cast: { client: Actor; provider: Actor; moderator: Actor },
): Promise<void> {
  const accepted = await deps.db
    .selectFrom("engagement_events as v")
    .innerJoin("engagements as e", "e.id", "v.engagement_id")
    .select(["v.engagement_id", "v.payload"])
    .where("v.type", "=", "milestone.accepted")
    .where("e.client_org_id", "in", [...cast.client.memberships.keys()])
    .where("e.provider_org_id", "in", [...cast.provider.memberships.keys()])
    .orderBy("v.occurred_at", "desc")
    .executeTakeFirst();
  if (!accepted) throw new Error("demo seed: no accepted milestone to review");
  const engagementId = accepted.engagement_id;
  // The latest accepted milestone, whose review window is still open.
  const { milestoneId } = EVENT_PAYLOADS["milestone.accepted"].parse(JSON.parse(accepted.payload));
  const occasion = { kind: "milestone" as const, ref: milestoneId };
  unwrap(
    await submitReview(deps, cast.client, engagementId, {
      occasion,
      body: "Hasil desainnya bagus, tetapi dua tenggat terlewat dan kami harus terus menanyakan kabar.",
      stars: { quality: 4, communication: 2, reliability: 2 },
      privateRating: 5,
      sendAnyway: false,
    }),
    "client review",
  );
  const pair = unwrap(
    await submitReview(deps, cast.provider, engagementId, {
      occasion,
      body: "Klare Vorgaben und schnelle Freigaben; die Zahlung kam einmal verspätet.",
      stars: { clarity: 5, payment: 3, fairness: 4 },
      privateRating: 8,
      sendAnyway: false,
    }),
    "provider review",
  );
  const clientReview = pair.round.reviews.find((r) => r.reviewerSide === "client");
  if (!clientReview) throw new Error("demo seed: the review pair was not published");

  const reply = { body: THREAT, sendAnyway: false };
  const nudged = await replyToReview(deps, cast.provider, engagementId, clientReview.id, reply);
  if (nudged.ok) throw new Error("demo seed: the threat passed without a nudge");
  unwrap(
    await replyToReview(deps, cast.provider, engagementId, clientReview.id, {
      ...reply,
      sendAnyway: true,
    }),
    "threatening reply",
  );

  const message = { thread: "engagement", body: LEGAL_NOTICE, sendAnyway: false };
  const held = await postMessage(deps, cast.provider, engagementId, message);
  if (held.ok) throw new Error("demo seed: the legal notice passed without a nudge");
  const reminder = unwrap(
    await postMessage(deps, cast.provider, engagementId, {
      ...message,
      body: POLITE_REMINDER,
    }),
    "revised message",
  );

  const reported = unwrap(
    await reportContent(deps, cast.client, {
      subjectKind: "message",
      subjectId: reminder.id,
      reason: "Kami merasa ditekan untuk membayar sebelum tanggal jatuh tempo yang disepakati.",
    }),
    "report",
  );
  unwrap(
    await respondToCase(deps, cast.provider, reported.id, {
      response: "Die Rechnung ist seit drei Wochen fällig; wir haben nur höflich erinnert.",
    }),
    "response",
  );
  unwrap(
    await decideCase(deps, cast.moderator, reported.id, {
      decision: "no_action",
      reason: "A polite reminder of an overdue invoice is ordinary business language.",
    }),
    "decision",
  );
}
