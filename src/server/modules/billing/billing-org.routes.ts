import {
  AsOfQuery,
  OrgBillingParams,
  PaymentRecord,
  ReminderSchedule,
  ReminderScheduleBody,
} from "../../../contracts/billing";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendFailure, sendResult } from "../../platform/http";
import type { Result } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import type { FastifyReply, FastifyRequest } from "fastify";
import { exportInvoicesCsv, exportPaymentsCsv, exportRefundsCsv } from "./export-accounting-csv";
import { getOrgPaymentRecord } from "./get-payment-record";
import { getReminderSchedule, updateReminderSchedule } from "./reminder-schedule";

const tags = ["payments"];

function sendCsv(
  reply: FastifyReply,
  request: FastifyRequest,
  result: Result<string>,
  fileName: string,
) {
  if (!result.ok) return sendFailure(reply, request, result.failure);
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${fileName}"`)
    .send(result.value);
}

/** The accounting exports, each an organisation's own, served the same way. */
const ACCOUNTING_EXPORTS = [
  {
    what: "invoices",
    summary:
      "The organisation's invoices and credit notes as CSV (RFC 4180) for accounting: decimal amounts in major units with their currency, ISO dates",
    exportCsv: exportInvoicesCsv,
  },
  {
    what: "payments",
    summary: "Payments on the organisation's invoices as CSV (RFC 4180) for accounting",
    exportCsv: exportPaymentsCsv,
  },
  {
    what: "refunds",
    summary:
      "Refunds on the organisation's engagements, paid back by it or to it, as CSV (RFC 4180)",
    exportCsv: exportRefundsCsv,
  },
] as const;

/** An organisation's own money across its engagements, and a provider's reminder schedule. */
export function billingOrgRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/orgs/:orgId/payment-record",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "The organisation's payment record across its engagements: as payer (a client) or payee (a provider)",
          params: OrgBillingParams,
          querystring: AsOfQuery,
          response: { 200: PaymentRecord, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getOrgPaymentRecord(
            deps,
            actorOf(request),
            request.params.orgId,
            request.query.asOf,
          ),
        ),
    );
    for (const { what, summary, exportCsv } of ACCOUNTING_EXPORTS) {
      app.get(
        `/orgs/:orgId/${what}.csv`,
        {
          config: { access: "engagements:read" },
          schema: { tags, summary, params: OrgBillingParams, response: ERROR_RESPONSES },
        },
        async (request, reply) =>
          sendCsv(
            reply,
            request,
            await exportCsv(deps, actorOf(request), request.params.orgId),
            `${what}-${request.params.orgId}.csv`,
          ),
      );
    }
    app.get(
      "/orgs/:orgId/reminder-schedule",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "A provider's payment-reminder days, relative to each invoice's due date",
          params: OrgBillingParams,
          response: { 200: ReminderSchedule, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getReminderSchedule(deps, actorOf(request), request.params.orgId),
        ),
    );
    app.put(
      "/orgs/:orgId/reminder-schedule",
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary:
            "Choose the reminder days (provider owners), e.g. [-7, -1, 1, 7, 14], or [] for no reminders; applies to invoices issued from now on",
          params: OrgBillingParams,
          body: ReminderScheduleBody,
          response: { 200: ReminderSchedule, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await updateReminderSchedule(deps, actorOf(request), request.params.orgId, request.body),
        ),
    );
  });
}
