import { WaitingList } from "../../../contracts/home";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
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
            "Rounds to evaluate, changes to price or approve, invoices to issue, payments to " +
            "confirm, agreements to sign and messages past the agreed response time, each with " +
            "its deadline (`dueAt`, when one is agreed). Deadlines first, earliest first; then " +
            "the longest waiting.",
          response: { 200: WaitingList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listWaitingItems(deps, actorOf(request))),
    );
  });
}
