import { z } from "zod";
import { Engagement } from "./engagements";
import { NextCursor, PageQuery } from "./pagination";
import { Id, OrgRef, Timestamp } from "./common";
import { FindingSchema, ProposalTermsSchema } from "./terms";

export const ProposalStatus = z.enum([
  "draft",
  "submitted",
  "revision_requested",
  "accepted",
  "declined",
  "withdrawn",
  "not_selected",
]);

/**
 * Accepting closes the brief and tells the other providers their proposals were not selected,
 * unless the client keeps the brief open to engage more providers on it.
 */
export const AcceptProposalBody = z
  .object({
    keepBriefOpen: z.boolean().default(false).meta({
      description:
        "Keep the brief published for more providers; by default accepting closes it and the other sent proposals become not_selected",
    }),
  })
  .nullish();

export const CreateProposalBody = z.object({ orgId: Id, terms: ProposalTermsSchema });
export const UpdateProposalBody = z.object({ terms: ProposalTermsSchema });
export const DeclineProposalBody = z.object({ reason: z.string().trim().min(1).max(2000) });
export const RequestRevisionBody = z.object({ note: z.string().trim().min(1).max(2000) });

export const ProposalResponse = z.object({
  id: Id,
  briefId: Id,
  briefTitle: z.string(),
  provider: OrgRef,
  client: OrgRef,
  status: ProposalStatus,
  revision: z.number().int(),
  terms: ProposalTermsSchema,
  /** The feasibility check against the brief, in the reader's language. */
  findings: z.array(FindingSchema),
  declineReason: z.string().nullable(),
  revisionNote: z.string().nullable(),
  engagementId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  submittedAt: Timestamp.nullable(),
});
export type ProposalResponse = z.infer<typeof ProposalResponse>;
export const ProposalList = z.object({
  proposals: z.array(ProposalResponse),
  nextCursor: NextCursor,
});
export const ProposalParams = z.object({ id: Id });
export const OwnProposalsQuery = z.object({ orgId: Id, ...PageQuery.shape });

/**
 * What accepting a proposal answers: the accepted proposal, as before, and the engagement it
 * started, so an integrator needs no second call (`engagementId` names it too).
 */
export const AcceptProposalResponse = ProposalResponse.extend({ engagement: Engagement });
