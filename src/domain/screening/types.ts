/** The five languages Accord screens; every text is read as one of them. */
export type ScreeningLanguage = "en" | "fr" | "de" | "es" | "id";

export const SCREENING_LANGUAGES: readonly ScreeningLanguage[] = ["en", "fr", "de", "es", "id"];

/**
 * `retaliation`: a threat linked to a review (to punish or suppress one, or a review used as
 * leverage). `legal_threat`: legal escalation not linked to a review. `none`: everything else.
 */
export type ScreeningKind = "retaliation" | "legal_threat" | "none";

export const SCREENING_KINDS: readonly ScreeningKind[] = ["retaliation", "legal_threat", "none"];

/** What a phrase did in the decision. The `*-ignored` roles explain why a cue did not count. */
export type EvidenceRole =
  | "legal-threat"
  | "intimidation"
  | "sanction"
  | "review-leverage"
  | "review-mention"
  | "removal-demand"
  | "ultimatum"
  | "context-link"
  | "negated-ignored"
  | "reported-ignored"
  | "question-ignored"
  | "general-ignored";

export interface Evidence {
  /** The phrase as written in the text (or the context field that linked it to a review). */
  phrase: string;
  role: EvidenceRole;
}

export interface ScreeningContext {
  /** The sender was reviewed by the recipient before sending this text. */
  followsReviewOfSender?: boolean;
  /** The text is attached to, or replies to, this review. */
  reviewId?: string;
}

export interface ScreeningInput {
  text: string;
  context?: ScreeningContext;
}

export interface ScreeningResult {
  kind: ScreeningKind;
  language: ScreeningLanguage;
  evidence: Evidence[];
  /** One English sentence naming the phrases and the review link behind the decision. */
  explanation: string;
}
