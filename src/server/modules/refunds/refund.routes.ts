import { RecordRefundBody, Refund, RefundList, RefundParams } from "../../../contracts/billing";
import { EngagementParams } from "../../../contracts/delivery";
import { PageQuery } from "../../../contracts/pagination";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerRefund } from "./answer-refund";
import { listRefunds } from "./list-refunds";
import { recordRefund } from "./record-refund";

const tags = ["refunds"];
const read = { config: { access: "engagements:read" as const } };
const write = { config: { access: "engagements:write" as const } };
const base = "/engagements/:id/refunds";

/** Money the provider paid back to the client, recorded by the provider and answered by the client. */
export function refundRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      base,
      {
        ...read,
        schema: {
          tags,
          summary:
            "The engagement's refunds, with what the client paid and what may still be paid back",
          params: EngagementParams,
          querystring: PageQuery,
          response: { 200: RefundList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listRefunds(deps, actorOf(request), request.params.id, request.query),
        ),
    );
    app.post(
      base,
      {
        ...write,
        schema: {
          tags,
          summary:
            "Record money paid back to the client (provider; the client confirms it). At most what the client paid less refunds already recorded; the same refund twice is 409 refund_repeated",
          params: EngagementParams,
          body: RecordRefundBody,
          response: { 201: Refund, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await recordRefund(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    for (const decision of ["confirm", "reject"] as const) {
      app.post(
        `${base}/:refundId/${decision}`,
        {
          ...write,
          schema: {
            tags,
            summary:
              decision === "confirm"
                ? "Confirm a refund arrived (client): it then counts in the final settlement"
                : "Reject a refund (client): it did not arrive; its amount is open to record again",
            params: RefundParams,
            response: { 200: Refund, ...ERROR_RESPONSES },
          },
        },
        async (request, reply) =>
          sendResult(
            reply,
            request,
            await answerRefund(
              deps,
              actorOf(request),
              request.params.id,
              request.params.refundId,
              decision,
            ),
          ),
      );
    }
  });
}
