import { OkResponse } from "../../../contracts/common";
import {
  AcceptInvitationBody,
  AcceptInvitationResponse,
  InvitationPreview,
  InvitationTokenParams,
} from "../../../contracts/invitations";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { acceptInvitation } from "./accept-invitation";
import { declineInvitation } from "./decline-invitation";
import { previewInvitation } from "./preview-invitation";

const tags = ["invitations"];

export function invitationRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/invitations/:token",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "What an invitation link invites to",
          params: InvitationTokenParams,
          response: { 200: InvitationPreview, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await previewInvitation(deps, request.params.token)),
    );

    app.post(
      "/invitations/:token/accept",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Accept: join the organisation, or take the other side of the engagement",
          params: InvitationTokenParams,
          body: AcceptInvitationBody,
          response: { 200: AcceptInvitationResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await acceptInvitation(deps, actorOf(request), {
            token: request.params.token,
            ...request.body,
          }),
        ),
    );

    app.post(
      "/invitations/:token/decline",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Decline an invitation",
          params: InvitationTokenParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await declineInvitation(deps, actorOf(request), request.params.token);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
  });
}
