import { Onboarding, WaitingList } from "../../../contracts/home";
import { OrgParams } from "../../../contracts/orgs";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getOnboarding } from "./get-onboarding";
import { listWaitingItems } from "./list-waiting-items";

const tags = ["home"];

export function homeRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/me/waiting",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "What waits for me across my engagements, most urgent first",
          description:
            "Rounds to evaluate, changes to price or approve, invoices to issue, payments and " +
            "refunds to confirm, money an exit's final settlement owes back (`pay_back`), " +
            "agreements to sign and messages past the agreed response time, each with " +
            "its deadline (`dueAt`, when one is agreed). Deadlines first, earliest first; then " +
            "the longest waiting.",
          response: { 200: WaitingList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listWaitingItems(deps, actorOf(request))),
    );

    app.get(
      "/orgs/:orgId/onboarding",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "The organisation's first steps, each ticked from what really happened",
          description:
            "A client: publish a brief, review the matches (shortlist or invite), accept a " +
            "proposal, sign. A provider: profile, rates and floor rate, answer an invitation. " +
            "A later step done counts the earlier ones as done.",
          params: OrgParams,
          response: { 200: Onboarding, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getOnboarding(deps, actorOf(request), request.params.orgId),
        ),
    );
  });
}
