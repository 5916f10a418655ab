import { ReportBody } from "../../../contracts/moderation";
import type { HideReviewBody } from "../../../contracts/reviews";
import type { z } from "zod";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { isThreatVerifiable } from "../../../domain/moderation/moderation-case";
import type { CaseDecision, DecideCaseBody, ModerationCase } from "./moderation-types";

/** A report's reason; what is reported is the page's, added on sending. */
export const ReportForm = ReportBody.pick({ reason: true });

export const REPORT_WORDS: FormWords = { reason: { required: "form.moderation.reportMissing" } };

export const CASE_RESPONSE_WORDS: FormWords = {
  response: { required: "form.moderation.responseMissing" },
};

export const APPEAL_WORDS: FormWords = { reason: { required: "form.moderation.appealMissing" } };

/** A moderator's decision and an appeal's both state their reason to the parties. */
export const DECISION_WORDS: FormWords = {
  reason: { required: "form.moderation.reasonMissing" },
  suspensionDays: {
    required: "form.moderation.daysMissing",
    invalid: "form.moderation.daysInvalid",
  },
};

/** What the decision form holds: a suspension's length as typed, and the threat box. */
export interface DecideCaseValues {
  decision: CaseDecision;
  reason: string;
  suspensionDays: string;
  isVerifiedThreat: boolean;
}

/**
 * The body: a suspension carries its length (the server asks for it), other decisions none; a
 * verified threat goes with a sanction only, as the box is hidden (and the server refuses it)
 * with no action.
 */
export function readDecideCase(values: DecideCaseValues, text: TypedText): DecideCaseBody {
  return {
    decision: values.decision,
    reason: values.reason,
    ...(values.decision === "suspension"
      ? { suspensionDays: text.number("suspensionDays", values.suspensionDays) }
      : {}),
    ...(values.isVerifiedThreat && values.decision !== "no_action"
      ? { isVerifiedThreat: true }
      : {}),
  };
}

/**
 * Whether the decision form offers the verified-threat box: on a person's report of a review or
 * its reply, once a sanction is chosen (the server refuses it otherwise).
 */
export function canVerifyThreat(item: ModerationCase, decision: CaseDecision): boolean {
  return (
    decision !== "no_action" &&
    isThreatVerifiable({ source: item.source, subjectKind: item.subject.kind })
  );
}

/** The policy reasons a moderator may hide a review's text for. */
export const HIDE_POLICIES = [
  "personal_data",
  "harassment",
  "off_topic",
  "conflict_of_interest",
  "unlawful",
  "other",
] as const;
export type HidePolicy = (typeof HIDE_POLICIES)[number];

/** What the form hiding a review holds: a policy from the list and optional details. */
export interface HideReviewValues {
  policy: HidePolicy;
  note: string;
}

/**
 * The reason both sides read where the text was: the policy in the moderator's words, the
 * details after it.
 */
export function readHideReview(
  policyLabel: (policy: HidePolicy) => string,
): (values: HideReviewValues) => z.input<typeof HideReviewBody> {
  return ({ policy, note }) => {
    const details = note.trim();
    return { reason: details ? `${policyLabel(policy)}: ${details}` : policyLabel(policy) };
  };
}
