import {
  CreditNote,
  CreditNoteBody,
  IdempotencyHeaders,
  InvoiceParams,
  Payment,
  PaymentParams,
  RecordPaymentBody,
} from "../../../contracts/billing";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendFailure, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerPayment } from "./answer-payment";
import { issueCreditNote } from "./issue-credit-note";
import { recordPayment } from "./record-payment";

const tags = ["payments"];
const write = { config: { access: "engagements:write" as const } };
const base = "/engagements/:id/invoices/:invoiceId";

/** Payments recorded by one side and answered by the other, and the provider's credit notes. */
export function paymentRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      `${base}/payments`,
      {
        ...write,
        schema: {
          tags,
          summary:
            "Record a payment (either side; the other side confirms it). Requires an Idempotency-Key header: a retry answers the same payment with 200",
          params: InvoiceParams,
          headers: IdempotencyHeaders,
          body: RecordPaymentBody,
          response: { 200: Payment, 201: Payment, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await recordPayment(
          deps,
          actorOf(request),
          request.params.id,
          request.params.invoiceId,
          { body: request.body, idempotencyKey: request.headers["idempotency-key"] },
        );
        if (!result.ok) return sendFailure(reply, request, result.failure);
        return reply.status(result.value.isNew ? 201 : 200).send(result.value.payment);
      },
    );
    for (const decision of ["confirm", "reject"] as const) {
      app.post(
        `${base}/payments/:paymentId/${decision}`,
        {
          ...write,
          schema: {
            tags,
            summary:
              decision === "confirm"
                ? "Confirm a payment the other side recorded: it then counts towards the invoice"
                : "Reject a payment the other side recorded: its amount is open to record again",
            params: PaymentParams,
            response: { 200: Payment, ...ERROR_RESPONSES },
          },
        },
        async (request, reply) =>
          sendResult(
            reply,
            request,
            await answerPayment(
              deps,
              actorOf(request),
              request.params.id,
              request.params.invoiceId,
              request.params.paymentId,
              decision,
            ),
          ),
      );
    }
    app.post(
      `${base}/credit-notes`,
      {
        ...write,
        schema: {
          tags,
          summary: "Lower what an issued invoice asks for with a numbered credit note (provider)",
          params: InvoiceParams,
          body: CreditNoteBody,
          response: { 201: CreditNote, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await issueCreditNote(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.body,
          ),
          201,
        ),
    );
  });
}
