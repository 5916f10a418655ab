import { OkResponse } from "../../../contracts/common";
import {
  CreateOrgBody,
  InviteMemberBody,
  MemberInvitation,
  MemberInvitationList,
  MemberList,
  MemberParams,
  Organisation,
  OrganisationList,
  OrgInvitationParams,
  OrgParams,
  UpdateMemberBody,
} from "../../../contracts/orgs";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { changeMemberRole, removeMember } from "./change-membership";
import { createOrganisation } from "./create-organisation";
import { getOrganisation } from "./get-organisation";
import { inviteMember } from "./invite-member";
import { listOrganisationMembers } from "./list-members";
import { listMemberInvitations } from "./list-member-invitations";
import { listOrganisations } from "./list-organisations";
import { revokeMemberInvitation } from "./revoke-member-invitation";

const tags = ["organisations"];

export function orgRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      "/orgs",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Create an organisation (you become its owner)",
          body: CreateOrgBody,
          response: { 201: Organisation, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await createOrganisation(deps, actorOf(request), request.body),
          201,
        ),
    );

    app.get(
      "/orgs",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "My organisations",
          response: { 200: OrganisationList, ...ERROR_RESPONSES },
        },
      },
      async (request) => ({ organisations: await listOrganisations(deps, actorOf(request)) }),
    );

    app.get(
      "/orgs/:orgId",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "One of my organisations",
          params: OrgParams,
          response: { 200: Organisation, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getOrganisation(deps, actorOf(request), request.params.orgId),
        ),
    );

    app.get(
      "/orgs/:orgId/members",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "Members and their roles",
          params: OrgParams,
          response: { 200: MemberList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await listOrganisationMembers(deps, actorOf(request), request.params.orgId);
        return sendResult(
          reply,
          request,
          mapResult(result, (value) => ({ members: value })),
        );
      },
    );

    app.patch(
      "/orgs/:orgId/members/:userId",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Change a member's role (owners)",
          params: MemberParams,
          body: UpdateMemberBody,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await changeMemberRole(deps, actorOf(request), {
          ...request.params,
          role: request.body.role,
        });
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );

    app.delete(
      "/orgs/:orgId/members/:userId",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Remove a member (owners), or leave",
          params: MemberParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await removeMember(deps, actorOf(request), request.params);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );

    app.post(
      "/orgs/:orgId/invitations",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Invite someone by e-mail (owners)",
          params: OrgParams,
          body: InviteMemberBody,
          response: { 201: MemberInvitation, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await inviteMember(
          deps,
          actorOf(request),
          { ...request.body, orgId: request.params.orgId },
          request.locale,
        );
        if (result.ok) deps.mailer.deliverSoon();
        return sendResult(reply, request, result, 201);
      },
    );

    app.get(
      "/orgs/:orgId/invitations",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "Membership invitations",
          params: OrgParams,
          response: { 200: MemberInvitationList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await listMemberInvitations(deps, actorOf(request), request.params.orgId);
        return sendResult(
          reply,
          request,
          mapResult(result, (value) => ({ invitations: value })),
        );
      },
    );

    app.delete(
      "/orgs/:orgId/invitations/:invitationId",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Revoke a pending invitation (owners)",
          params: OrgInvitationParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await revokeMemberInvitation(deps, actorOf(request), request.params);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
  });
}
