import {
  AsOfQuery,
  EarlyPaymentCheck,
  EarlyPaymentQuery,
  InvoiceParams,
  PaymentRecord,
  RemunerationTrend,
} from "../../../contracts/billing";
import { EngagementParams } from "../../../contracts/delivery";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendFailure, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { checkEarlyPayment } from "./check-early-payment";
import { exportInvoicePdf } from "./export-invoice-pdf";
import { getEngagementPaymentRecord } from "./get-payment-record";
import { getRemunerationTrend } from "./get-remuneration-trend";

const tags = ["payments"];
const read = { config: { access: "engagements:read" as const } };

/** What both sides of an engagement read about its money: documents, record and trend. */
export function billingInsightRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/invoices/:invoiceId/pdf",
      {
        ...read,
        schema: {
          tags: ["invoices"],
          summary: "The invoice as a PDF (application/pdf), in the reader's language",
          params: InvoiceParams,
          response: ERROR_RESPONSES,
        },
      },
      async (request, reply) => {
        const result = await exportInvoicePdf(
          deps,
          actorOf(request),
          request.params.id,
          request.params.invoiceId,
          request.locale,
        );
        if (!result.ok) return sendFailure(reply, request, result.failure);
        return (
          reply
            .type("application/pdf")
            .header("content-disposition", `inline; filename="${result.value.fileName}"`)
            // A Buffer goes out as it is, past the JSON serialiser; the typed reply only knows JSON.
            .send(result.value.pdf as never)
        );
      },
    );
    app.get(
      "/engagements/:id/invoices/:invoiceId/early-payment-check",
      {
        ...read,
        schema: {
          tags,
          summary:
            "Price an offer to pay less, sooner: flags it and gives its cost as a yearly rate",
          params: InvoiceParams,
          querystring: EarlyPaymentQuery,
          response: { 200: EarlyPaymentCheck, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await checkEarlyPayment(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.query,
          ),
        ),
    );
    app.get(
      "/engagements/:id/payment-record",
      {
        ...read,
        schema: {
          tags,
          summary:
            "How the client pays on this engagement: days past due (value-weighted), on-time rate, outstanding, overdue and ageing buckets",
          params: EngagementParams,
          querystring: AsOfQuery,
          response: { 200: PaymentRecord, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getEngagementPaymentRecord(
            deps,
            actorOf(request),
            request.params.id,
            request.query.asOf,
          ),
        ),
    );
    app.get(
      "/engagements/:id/remuneration-trend",
      {
        ...read,
        schema: {
          tags,
          summary:
            "The effective rate (pay per hour of agreed scope) of each agreement version, with a warning where pay fell but scope did not",
          params: EngagementParams,
          response: { 200: RemunerationTrend, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getRemunerationTrend(deps, actorOf(request), request.params.id),
        ),
    );
  });
}
