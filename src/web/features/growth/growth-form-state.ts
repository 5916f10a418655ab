import type { z } from "zod";
import type {
  AnswerOfferBody,
  GiveRecognitionBody,
  ProposeCorrectionBody,
  RecordValueBody,
  SendOfferBody,
  SetGoalBody,
} from "../../../contracts/growth";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { formatNumberInput } from "../../shared/lib/money";
import { peopleFromText } from "./growth-view";
import type { GoalList } from "./growth-types";

/** What the form setting a goal holds: numbers as typed, and the brief's measure ("" for none). */
export interface SetGoalValues {
  title: string;
  baseline: string;
  target: string;
  unit: string;
  measure: string;
}

export const EMPTY_SET_GOAL: SetGoalValues = {
  title: "",
  baseline: "",
  target: "",
  unit: "",
  measure: "",
};

/** The form setting a goal, started from one of the brief's success measures, if any. */
export function setGoalValuesOf(
  suggestion: GoalList["suggestions"][number] | undefined,
  locale: string,
): SetGoalValues {
  if (!suggestion) return EMPTY_SET_GOAL;
  return {
    title: suggestion.title,
    baseline: "",
    target: suggestion.target === null ? "" : formatNumberInput(suggestion.target, locale),
    unit: suggestion.unit,
    measure: String(suggestion.measureIndex),
  };
}

export const SET_GOAL_WORDS: FormWords = {
  title: { required: "form.growth.goalTitleMissing" },
  baseline: { required: "form.growth.baselineMissing" },
  target: { required: "form.growth.targetMissing" },
};

export const REVIEW_ANSWER_WORDS: FormWords = {
  achieved: { required: "form.growth.reviewAchievedMissing" },
  aimNext: { required: "form.growth.reviewAimNextMissing" },
};

export function readSetGoal(values: SetGoalValues, text: TypedText): z.input<typeof SetGoalBody> {
  return {
    title: values.title,
    baseline: text.number("baseline", values.baseline),
    target: text.number("target", values.target),
    unit: values.unit,
    source:
      values.measure === ""
        ? { kind: "agreement" }
        : { kind: "brief", measureIndex: Number(values.measure) },
  };
}

/** What the form giving recognition holds: the names as typed, "" for no reason or goal. */
export interface GiveRecognitionValues {
  kind: z.output<typeof GiveRecognitionBody>["kind"];
  reason: "" | NonNullable<z.output<typeof GiveRecognitionBody>["reason"]>;
  goal: string;
  people: string;
  text: string;
  introducedOrg: string;
}

export function readGiveRecognition(
  values: GiveRecognitionValues,
): z.input<typeof GiveRecognitionBody> {
  return {
    kind: values.kind,
    reason: values.reason === "" ? null : values.reason,
    subject: values.goal === "" ? null : { kind: "goal", id: values.goal },
    people: peopleFromText(values.people),
    text: values.text,
    introducedOrg: values.kind === "introduction" ? values.introducedOrg : null,
  };
}

/** What the form recording a goal's value holds: the value as typed. */
export interface RecordValueValues {
  value: string;
  measuredOn: string;
  source: string;
}

export const RECORD_VALUE_WORDS: FormWords = {
  value: { required: "form.growth.valueMissing" },
  measuredOn: { required: "form.growth.measuredOnMissing" },
  source: { required: "form.growth.sourceMissing" },
};

export function readRecordValue(
  values: RecordValueValues,
  text: TypedText,
): z.input<typeof RecordValueBody> {
  return { ...values, value: text.number("value", values.value) };
}

/** What the form proposing a correction holds: the value as typed. */
export interface CorrectionValues {
  value: string;
  reason: string;
}

export const CORRECTION_WORDS: FormWords = {
  value: { required: "form.growth.valueMissing" },
  reason: { required: "form.growth.correctionReasonMissing" },
};

export function readCorrection(
  values: CorrectionValues,
  text: TypedText,
): z.input<typeof ProposeCorrectionBody> {
  return { value: text.number("value", values.value), reason: values.reason };
}

/** A decline or a request for change says why (the contract's rule); accepting need not. */
export const ANSWER_OFFER_WORDS: FormWords = {
  note: { required: "form.growth.answerNoteMissing" },
};

/** The answer as its form holds it: the outcome is the button pressed. */
export interface AnswerOfferValues {
  outcome: z.input<typeof AnswerOfferBody>["outcome"];
  note: string;
}

/** What the form offering a next phase holds: one goal, one deliverable, numbers as typed. */
export interface SendOfferValues {
  title: string;
  summary: string;
  justifiedByGoalIds: string[];
  goalTitle: string;
  goalBaseline: string;
  goalTarget: string;
  goalUnit: string;
  deliverable: string;
  criterion: string;
  verification: string;
  dueDate: string;
  price: string;
}

/** The offer's fields at the paths the contract names them (its one goal, deliverable, milestone). */
export const OFFER_PATHS = {
  goalTitle: "goals.0.title",
  goalBaseline: "goals.0.baseline",
  goalTarget: "goals.0.target",
  goalUnit: "goals.0.unit",
  deliverable: "terms.deliverables.0.title",
  milestoneTitle: "terms.milestones.0.title",
  criterion: "terms.deliverables.0.criteria.0.statement",
  verification: "terms.deliverables.0.criteria.0.verification",
  dueDate: "terms.milestones.0.dueDate",
  price: "terms.milestones.0.amountMinor",
} as const;

export const SEND_OFFER_WORDS: FormWords = {
  title: { required: "form.growth.offerTitleMissing" },
  "goals.*.title": { required: "form.growth.offerGoalMissing" },
  "goals.*.baseline": { required: "form.growth.baselineMissing" },
  "goals.*.target": { required: "form.growth.targetMissing" },
  "terms.deliverables.*.title": { required: "form.growth.deliverableMissing" },
  "terms.milestones.*.title": { required: "form.growth.deliverableMissing" },
  "terms.deliverables.*.criteria.*.statement": { required: "form.growth.criterionMissing" },
  "terms.milestones.*.dueDate": { required: "form.growth.offerDueDateMissing" },
  "terms.milestones.*.amountMinor": { required: "form.growth.priceMissing" },
};

/**
 * The offer as the contract takes it: the deliverable is also the milestone, paid the price
 * at a fixed fee. A target equal to its baseline is named here in words (the contract's own
 * rule has none a person could act on); what the server's checks add comes back at its path.
 */
export function readSendOffer(currency: string, reviewId: string | null) {
  return (values: SendOfferValues, text: TypedText): z.input<typeof SendOfferBody> => {
    const baseline = text.number(OFFER_PATHS.goalBaseline, values.goalBaseline);
    const target = text.number(OFFER_PATHS.goalTarget, values.goalTarget);
    // Both read (nothing noted yet) and equal: said at the target, before the contract's rule.
    if (text.issues.length === 0 && target === baseline)
      text.issues.push({
        code: "custom",
        path: ["goals", 0, "target"],
        input: values.goalTarget,
        params: { key: "form.growth.targetSameAsBaseline" },
      });
    const price = text.amount(OFFER_PATHS.price, values.price, currency);
    return {
      title: values.title,
      summary: values.summary,
      reviewId,
      justifiedByGoalIds: values.justifiedByGoalIds,
      goals: [{ title: values.goalTitle, baseline, target, unit: values.goalUnit, dueDate: null }],
      terms: {
        deliverables: [
          {
            id: "next-phase",
            title: values.deliverable,
            description: values.summary,
            criteria: [
              { id: "c1", statement: values.criterion, verification: values.verification },
            ],
            revisionLimit: 2,
            milestoneId: "next-phase-milestone",
            coversMustHaveIds: [],
          },
        ],
        milestones: [
          {
            id: "next-phase-milestone",
            title: values.deliverable,
            dueDate: values.dueDate,
            amountMinor: price,
          },
        ],
        remuneration: {
          model: "fixed",
          currency,
          amountMinor: price,
          rateMinor: null,
          estimatedEffort: null,
          retainerPeriod: null,
        },
      },
    };
  };
}
