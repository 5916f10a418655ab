import { Mailbox } from "../../../contracts/mailbox";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { listMailbox } from "./list-mailbox";

export function mailboxRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/mailbox",
      {
        config: { access: "session" },
        schema: {
          tags: ["demo"],
          summary: "Demo mailbox: mail kept in the outbox for me",
          response: { 200: Mailbox, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await listMailbox(deps, actorOf(request));
        return sendResult(
          reply,
          request,
          mapResult(result, (value) => ({ messages: value })),
        );
      },
    );
  });
}
