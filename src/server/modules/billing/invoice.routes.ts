import {
  AsOfQuery,
  CreateInvoiceBody,
  Invoice,
  InvoiceList,
  InvoiceParams,
  IssueInvoiceBody,
  LateInterest,
  UpdateInvoiceBody,
  VoidInvoiceBody,
} from "../../../contracts/billing";
import { EngagementParams } from "../../../contracts/delivery";
import { PageQuery } from "../../../contracts/pagination";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { createInvoice } from "./create-invoice";
import { editInvoiceDraft } from "./edit-invoice-draft";
import { getLateInterest } from "./get-late-interest";
import { invoiceLateInterest } from "./invoice-late-interest";
import { issueInvoice } from "./issue-invoice";
import { getInvoice, listInvoices } from "./read-invoices";
import { voidInvoice } from "./void-invoice";

const tags = ["invoices"];
const read = { config: { access: "engagements:read" as const } };
const write = { config: { access: "engagements:write" as const } };
const base = "/engagements/:id/invoices";

/** Invoices of an engagement: drafted, issued and voided by the provider, read by both sides. */
export function invoiceRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      base,
      {
        ...read,
        schema: {
          tags,
          summary: "The engagement's invoices (a client sees them once issued)",
          params: EngagementParams,
          querystring: PageQuery,
          response: { 200: InvoiceList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const listed = await listInvoices(deps, actorOf(request), request.params.id, request.query);
        return sendResult(reply, request, listed);
      },
    );
    app.post(
      base,
      {
        ...write,
        schema: {
          tags,
          summary:
            "Draft an invoice (provider) from an accepted milestone, an approved change request, a retainer period, or by hand",
          params: EngagementParams,
          body: CreateInvoiceBody,
          response: { 201: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await createInvoice(
            deps,
            actorOf(request),
            request.params.id,
            request.body,
            request.locale,
          ),
          201,
        ),
    );
    app.get(
      `${base}/:invoiceId`,
      {
        ...read,
        schema: {
          tags,
          summary: "One invoice with its lines, payments, credit notes and reminders",
          params: InvoiceParams,
          response: { 200: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getInvoice(deps, actorOf(request), request.params.id, request.params.invoiceId),
        ),
    );
    app.put(
      `${base}/:invoiceId`,
      {
        ...write,
        schema: {
          tags,
          summary: "Edit a draft (provider); an issued invoice never changes",
          params: InvoiceParams,
          body: UpdateInvoiceBody,
          response: { 200: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await editInvoiceDraft(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.body,
          ),
        ),
    );
    app.post(
      `${base}/:invoiceId/issue`,
      {
        ...write,
        schema: {
          tags,
          summary:
            "Issue a draft (provider): the next number of the provider's sequence, the issue date and the due date from the payment terms",
          params: InvoiceParams,
          body: IssueInvoiceBody,
          response: { 200: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await issueInvoice(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.body,
          ),
        ),
    );
    app.post(
      `${base}/:invoiceId/void`,
      {
        ...write,
        schema: {
          tags,
          summary: "Void a draft or an unpaid issued invoice, with a reason (provider)",
          params: InvoiceParams,
          body: VoidInvoiceBody,
          response: { 200: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await voidInvoice(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.body,
          ),
        ),
    );
    app.get(
      `${base}/:invoiceId/late-interest`,
      {
        ...read,
        schema: {
          tags,
          summary:
            "Statutory late interest and recovery compensation, line by line, as of a day (both sides, before anything is invoiced)",
          params: InvoiceParams,
          querystring: AsOfQuery,
          response: { 200: LateInterest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getLateInterest(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.query.asOf,
          ),
        ),
    );
    app.post(
      `${base}/:invoiceId/late-interest/invoice`,
      {
        ...write,
        schema: {
          tags,
          summary:
            "Draft an invoice of the late interest and recovery compensation not yet claimed, as of today (provider)",
          params: InvoiceParams,
          response: { 201: Invoice, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await invoiceLateInterest(
            deps,
            actorOf(request),
            request.params.id,
            request.params.invoiceId,
            request.locale,
          ),
          201,
        ),
    );
  });
}
