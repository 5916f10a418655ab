import type { ProposalResponse } from "../../../contracts/proposals";
import type { Finding } from "../../../domain/findings";
import type { ProposalTerms } from "../../../domain/proposal/proposal";
import { checkFeasibility, type FeasibilityCode } from "../../../domain/proposal/feasibility-check";
import { findingResponses, type FindingView } from "../../platform/findings";
import { briefContent } from "../briefs/brief.presenter";
import type { ProposalRow } from "./proposals.repository";

export function proposalTerms(row: Pick<ProposalRow, "content">): ProposalTerms {
  return JSON.parse(row.content) as ProposalTerms;
}

/** The feasibility check of the proposal against the brief it answers, on `today`. */
export function feasibilityOf(row: ProposalRow, today: string): Finding<FeasibilityCode>[] {
  return checkFeasibility(proposalTerms(row), briefContent({ content: row.brief_content }), today);
}

/** A proposal as use-cases answer it: its feasibility findings still to be worded. */
export type ProposalView = Omit<ProposalResponse, "findings"> & { findings: FindingView[] };

/** A proposal with its feasibility findings, worded for the reader at the HTTP edge. */
export function presentProposal(row: ProposalRow, today: string): ProposalView {
  return {
    id: row.id,
    briefId: row.brief_id,
    briefTitle: row.brief_title,
    provider: { id: row.provider_org_id, name: row.provider_name, kind: "provider" },
    client: { id: row.client_org_id, name: row.client_name, kind: "client" },
    status: row.status,
    revision: Number(row.revision),
    terms: proposalTerms(row),
    findings: findingResponses("feasibility", feasibilityOf(row, today)),
    declineReason: row.decline_reason,
    revisionNote: row.revision_note,
    engagementId: row.engagement_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  };
}
