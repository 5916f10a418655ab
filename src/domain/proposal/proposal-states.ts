export const PROPOSAL_STATUSES = [
  "draft",
  "submitted",
  "revision_requested",
  "accepted",
  "declined",
  "withdrawn",
  /** Sent, but the client accepted another provider's proposal and closed the brief. */
  "not_selected",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type ProposalAction =
  "view" | "edit" | "submit" | "withdraw" | "decline" | "requestRevision" | "accept";

/**
 * The states from which each action on a proposal may start; any other state refuses it. A
 * provider writes while the proposal is a draft or sent back for revision; the client answers a
 * submitted proposal once, by declining, asking for a revision, or accepting. Until the client
 * accepts or declines it, the provider may take its proposal back (withdraw it), whether a
 * draft, sent, or sent back for revision: its offer no longer stands.
 */
export const PROPOSAL_ACTION_STATES = {
  view: PROPOSAL_STATUSES,
  edit: ["draft", "revision_requested"],
  submit: ["draft", "revision_requested"],
  withdraw: ["draft", "submitted", "revision_requested"],
  decline: ["submitted"],
  requestRevision: ["submitted"],
  accept: ["submitted"],
} as const satisfies Record<ProposalAction, readonly ProposalStatus[]>;

export function isActionOpen(status: ProposalStatus, action: ProposalAction): boolean {
  return (PROPOSAL_ACTION_STATES[action] as readonly ProposalStatus[]).includes(status);
}

/** The states in which a proposal is still the provider's answer: being written, or sent. */
export const OPEN_PROPOSAL_STATUSES = [
  "draft",
  "submitted",
  "revision_requested",
] as const satisfies readonly ProposalStatus[];

/**
 * The provider's proposal to a brief still open, among its proposals to that brief, if any. A
 * provider answers a brief with one proposal at a time and revises it (a client's revision
 * request brings it back as a new revision): a second is what a double click or a retry
 * sends, and would leave the client two answers of one provider to weigh. Once declined,
 * withdrawn, not selected or accepted, a new one may go.
 */
export function openProposalOf<P extends { status: ProposalStatus }>(
  proposals: readonly P[],
): P | undefined {
  return proposals.find((proposal) =>
    (OPEN_PROPOSAL_STATUSES as readonly ProposalStatus[]).includes(proposal.status),
  );
}
