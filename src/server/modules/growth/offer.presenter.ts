import type { z } from "zod";
import type { NextPhaseOffer } from "../../../contracts/growth";
import type {
  NextPhaseOffer as DomainOffer,
  OfferFindings,
} from "../../../domain/growth/next-phase-offer";
import { findingResponses } from "../../platform/findings";
import type { Unworded } from "../../platform/wording";
import type { GoalView } from "./goal.presenter";
import type { OfferRow } from "./offers.repository";

/** What an offer row keeps: the phase as sent and the checks' findings on the day it was sent. */
export interface OfferContent {
  offer: DomainOffer;
  findings: OfferFindings;
}

/** An offer as use-cases answer it: its sentences and findings are worded at the HTTP edge. */
export type OfferView = Unworded<z.infer<typeof NextPhaseOffer>, "sentence" | "message" | "reason">;

export function parseOfferContent(row: Pick<OfferRow, "content">): OfferContent {
  return JSON.parse(row.content) as OfferContent;
}

/**
 * An offer as both sides read it: the phase, the results that justify it (each linked goal's
 * achievement now, worded at the HTTP edge) and the checks' findings as they stood when it
 * was sent.
 */
export function presentOffer(row: OfferRow, goals: readonly GoalView[]): OfferView {
  const { offer, findings } = parseOfferContent(row);
  return {
    id: row.id,
    reviewId: row.review_id,
    title: offer.title,
    summary: offer.summary,
    goals: offer.goals,
    terms: offer.terms,
    justification: goals
      .filter((g) => offer.justifiedByGoalIds.includes(g.id))
      .map((g) => ({ goalId: g.id, sentence: g.trajectory.sentence, status: g.trajectory.status })),
    findings: {
      feasibility: findingResponses("feasibility", findings.feasibility),
      fairTerms: findingResponses("fairTerms", findings.fairTerms),
    },
    status: row.status,
    answerNote: row.answer_note,
    agreementVersion: row.agreement_version === null ? null : Number(row.agreement_version),
    createdAt: row.created_at,
    answeredAt: row.answered_at,
  };
}
