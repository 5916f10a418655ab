import type { z } from "zod";
import type {
  CheckIn,
  EngagementHealth,
  ScorecardSide,
  SideScore,
} from "../../../contracts/health";
import type { Side } from "../../../domain/engagement/engagement";
import type { ExplainedScore } from "../../../domain/health/assess";
import type { OrganisationScore } from "../../../domain/health/engagement-score";
import { NO_RECOGNITION, type InputExplanation } from "../../../domain/health/score";
import type { HealthWarning } from "../../../domain/health/warnings";
import type { Database } from "../../db/schema";
import { wording, type Unworded, type Wording } from "../../platform/wording";
import { IMPROVEMENT_KEYS, improvementValues } from "../../../i18n/health-improvement-words";
import { withWords } from "./warning-words";

type CheckInRow = Database["check_ins"];
type AnswerRow = Database["check_in_answers"];

/** A check-in as `reader` may see it: its own side's answer, and only whether the other answered. */
export function presentCheckIn(
  row: CheckInRow,
  answers: readonly AnswerRow[],
  reader: Side,
): CheckIn {
  const own = answers.find((a) => a.check_in_id === row.id && a.side === reader);
  return {
    id: row.id,
    period: Number(row.period),
    openedAt: row.opened_at,
    closesAt: row.closes_at,
    status: row.status,
    myAnswer: own
      ? {
          relationshipRating: Number(own.relationship_rating),
          counterpartRating: Number(own.counterpart_rating),
          reasons: JSON.parse(own.reasons) as NonNullable<CheckIn["myAnswer"]>["reasons"],
          comment: own.comment,
          answeredAt: own.answered_at,
        }
      : null,
    hasOtherSideAnswered: answers.some((a) => a.check_in_id === row.id && a.side !== reader),
  };
}

/**
 * An input as anyone may read it. Satisfaction shows its percentile and contribution but not
 * its raw mean: with few answers the mean would give an individual rating away.
 */
function presentInput(input: InputExplanation): InputExplanation {
  return input.input === "satisfaction" ? { ...input, raw: null, sample: null } : input;
}

/** A side's score as it leaves; the step that would raise it most is also said in words. */
export function presentSideScore(score: ExplainedScore): SideScoreOut {
  const improvement = score.improvement;
  return {
    side: score.side,
    score: score.score,
    cap: score.cap,
    inputs: score.inputs.map(presentInput),
    // Stored before recognition joined the model: none until the next rescore.
    recognition: score.recognition ?? NO_RECOGNITION,
    improvement: improvement && wordedImprovement(improvement),
  };
}

type SideScoreOut = Unworded<z.infer<typeof SideScore>, "text">;

/**
 * The step with its words to come at the edge. The contract's catch-all for the action's own
 * values (`number`, `daysOverdue`…) cannot type a `Wording` until `wordAll` makes it a string.
 */
function wordedImprovement(
  improvement: NonNullable<ExplainedScore["improvement"]>,
): SideScoreOut["improvement"] {
  const text: Wording = wording(
    IMPROVEMENT_KEYS[improvement.action],
    improvementValues(improvement),
  );
  return { ...improvement, text } as unknown as SideScoreOut["improvement"];
}

export function presentEngagementHealth(input: {
  engagementId: string;
  startedAt: string;
  now: string;
  explanation: { provider: ExplainedScore; client: ExplainedScore };
  warnings: HealthWarning[];
  computedAt: string;
}): Unworded<z.infer<typeof EngagementHealth>, "reasonText" | "nextStepText" | "text"> {
  return {
    engagementId: input.engagementId,
    tenureDays: Math.max(
      0,
      Math.floor((Date.parse(input.now) - Date.parse(input.startedAt)) / 86_400_000),
    ),
    provider: presentSideScore(input.explanation.provider),
    client: presentSideScore(input.explanation.client),
    warnings: input.warnings.map(withWords),
    computedAt: input.computedAt,
  };
}

/** An organisation's side on its scorecard; outsiders see nothing of it while it is "new". */
export function presentScorecardSide(
  score: OrganisationScore,
  isOwn: boolean,
): z.infer<typeof ScorecardSide> {
  const isHidden = score.isNew && !isOwn;
  return {
    side: score.side,
    score: isHidden ? null : score.score,
    isNew: score.isNew,
    engagementCount: score.engagementCount,
    counterpartyCount: score.counterpartyCount,
    inputs: isHidden ? [] : score.inputs.map(presentInput),
    recognition: isHidden ? NO_RECOGNITION : (score.recognition ?? NO_RECOGNITION),
  };
}
