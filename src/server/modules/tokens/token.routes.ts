import { OkResponse } from "../../../contracts/common";
import {
  ApiTokenList,
  CreatedApiToken,
  CreateTokenBody,
  TokenListQuery,
  TokenParams,
} from "../../../contracts/tokens";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";

const tags = ["api tokens"];

/** Tokens are managed from a signed-in session only: a token cannot mint more tokens. */
export function tokenRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/tokens",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "API tokens of an organisation (owners)",
          querystring: TokenListQuery,
          response: { 200: ApiTokenList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await listApiTokens(deps, actorOf(request), request.query.orgId);
        return sendResult(
          reply,
          request,
          mapResult(result, (value) => ({ tokens: value })),
        );
      },
    );

    app.post(
      "/tokens",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Create an API token (shown once)",
          body: CreateTokenBody,
          response: { 201: CreatedApiToken, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await createApiToken(deps, actorOf(request), request.body), 201),
    );

    app.delete(
      "/tokens/:tokenId",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Revoke an API token",
          params: TokenParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await revokeApiToken(deps, actorOf(request), request.params.tokenId);
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
  });
}
