import { BriefParams } from "../../../contracts/briefs";
import { PageQuery } from "../../../contracts/pagination";
import {
  AcceptProposalResponse,
  AcceptProposalBody,
  CreateProposalBody,
  DeclineProposalBody,
  OwnProposalsQuery,
  ProposalList,
  ProposalParams,
  ProposalResponse,
  RequestRevisionBody,
  UpdateProposalBody,
} from "../../../contracts/proposals";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getEngagement } from "../engagements/get-engagement";
import { acceptProposal } from "./accept-proposal";
import { createProposal } from "./create-proposal";
import { declineProposal } from "./decline-proposal";
import { getProposal } from "./get-proposal";
import { listOwnProposals, listProposals } from "./list-proposals";
import { requestRevision } from "./request-revision";
import { submitProposal } from "./submit-proposal";
import { updateProposal } from "./update-proposal";
import { withdrawProposal } from "./withdraw-proposal";

const tags = ["proposals"];
const read = { access: "engagements:read" } as const;
const write = { access: "engagements:write" } as const;

export function proposalRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      "/briefs/:id/proposals",
      {
        config: write,
        schema: {
          tags,
          summary: "Start a proposal to a published brief (provider organisations), as a draft",
          params: BriefParams,
          body: CreateProposalBody,
          response: { 201: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await createProposal(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.get(
      "/briefs/:id/proposals",
      {
        config: read,
        schema: {
          tags,
          summary: "The client: every sent proposal to its brief; a provider: its own",
          params: BriefParams,
          querystring: PageQuery,
          response: { 200: ProposalList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const listed = await listProposals(
          deps,
          actorOf(request),
          request.params.id,
          request.query,
        );
        return sendResult(reply, request, listed);
      },
    );
    app.get(
      "/proposals",
      {
        config: read,
        schema: {
          tags,
          summary: "A provider organisation's own proposals, in every state",
          querystring: OwnProposalsQuery,
          response: { 200: ProposalList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const { orgId, ...page } = request.query;
        return sendResult(
          reply,
          request,
          await listOwnProposals(deps, actorOf(request), orgId, page),
        );
      },
    );

    app.get(
      "/proposals/:id",
      {
        config: read,
        schema: {
          tags,
          summary: "One proposal, with the feasibility check against its brief",
          params: ProposalParams,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getProposal(deps, actorOf(request), request.params.id)),
    );
    app.put(
      "/proposals/:id",
      {
        config: write,
        schema: {
          tags,
          summary: "Rewrite a draft proposal, or one the client sent back for revision",
          params: ProposalParams,
          body: UpdateProposalBody,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await updateProposal(deps, actorOf(request), request.params.id, request.body),
        ),
    );
    app.post(
      "/proposals/:id/submit",
      {
        config: write,
        schema: {
          tags,
          summary: "Send the proposal to the client; refused while a feasibility finding blocks",
          params: ProposalParams,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await submitProposal(deps, actorOf(request), request.params.id)),
    );
    app.post(
      "/proposals/:id/withdraw",
      {
        config: write,
        schema: {
          tags,
          summary:
            "Take back a proposal the client has not yet accepted or declined (the provider)",
          params: ProposalParams,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await withdrawProposal(deps, actorOf(request), request.params.id),
        ),
    );
    app.post(
      "/proposals/:id/decline",
      {
        config: write,
        schema: {
          tags,
          summary: "Decline a sent proposal, saying why (the client)",
          params: ProposalParams,
          body: DeclineProposalBody,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await declineProposal(deps, actorOf(request), request.params.id, request.body.reason),
        ),
    );
    app.post(
      "/proposals/:id/request-revision",
      {
        config: write,
        schema: {
          tags,
          summary: "Send a proposal back to its provider with a note (the client)",
          params: ProposalParams,
          body: RequestRevisionBody,
          response: { 200: ProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await requestRevision(deps, actorOf(request), request.params.id, request.body.note),
        ),
    );
    app.post(
      "/proposals/:id/accept",
      {
        config: write,
        schema: {
          tags,
          summary:
            "Accept a sent proposal (the client): the engagement starts with a draft agreement; the brief closes and the other sent proposals become not_selected (their providers are told), unless keepBriefOpen",
          params: ProposalParams,
          body: AcceptProposalBody,
          response: { 200: AcceptProposalResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const accepted = await acceptProposal(deps, actor, request.params.id, {
          keepBriefOpen: request.body?.keepBriefOpen ?? false,
        });
        if (!accepted.ok || !accepted.value.engagementId)
          return sendResult(reply, request, accepted);
        const engagement = await getEngagement(deps, actor, accepted.value.engagementId);
        return sendResult(
          reply,
          request,
          mapResult(engagement, (started) => ({ ...accepted.value, engagement: started })),
        );
      },
    );
  });
}
