import { ProfileBody, ProviderParams, ProviderProfileResponse } from "../../../contracts/profiles";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getProviderProfile, saveProviderProfile } from "./provider-profile";

const tags = ["provider profiles"];

export function profileRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/providers/:orgId",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary:
            "A provider's profile and computed track record (the floor rate only for the provider's own people)",
          params: ProviderParams,
          response: { 200: ProviderProfileResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getProviderProfile(deps, request.params.orgId, actorOf(request)),
        ),
    );
    app.put(
      "/providers/:orgId",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Describe your provider organisation (owners and members)",
          params: ProviderParams,
          body: ProfileBody,
          response: { 200: ProviderProfileResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await saveProviderProfile(deps, actorOf(request), request.params.orgId, request.body),
        ),
    );
  });
}
