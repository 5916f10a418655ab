import type { LightMyRequestResponse } from "fastify";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import type { Person, TestApp } from "../../support/test-app";
import {
  ALL_MET,
  buildDeliveryWorld,
  evaluate,
  submit,
  type DeliveryWorld,
  type SubmissionBody,
} from "../delivery/delivery-fixtures";
import { PASSWORD } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/** What the API answers for invoices and payments, as far as tests read. */
export interface PaymentBody {
  id: string;
  invoiceId: string;
  amountMinor: number;
  currency: string;
  paidOn: string;
  reference: string;
  status: "recorded" | "confirmed" | "rejected";
  recordedSide: "client" | "provider";
}

export interface InvoiceBody {
  id: string;
  number: string | null;
  status: "draft" | "issued" | "partly_paid" | "paid" | "void";
  source: { kind: string; ref: string | null };
  currency: string;
  lines: {
    position: number;
    description: string;
    quantityMilli: number;
    unitPriceMinor: number;
    taxRateBasisPoints: number;
    netMinor: number;
  }[];
  taxGroups: { rateBasisPoints: number; netMinor: number; taxMinor: number }[];
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  note: string;
  issueDate: string | null;
  dueDate: string | null;
  isLateInterestAgreed: boolean;
  voidReason: string | null;
  creditedMinor: number;
  paidMinor: number;
  awaitingConfirmationMinor: number;
  outstandingMinor: number;
  isOverdue: boolean;
  daysPastDue: number;
  payments: PaymentBody[];
  creditNotes: { id: string; number: string; amountMinor: number; reason: string }[];
  findings?: { code: string; severity: string; path: string; message: string }[];
  reminders: {
    offsetDays: number;
    dueOn: string;
    status: string;
    reason: string | null;
    sentAt: string | null;
  }[];
}

/**
 * A signed engagement (client Clara, provider Pedro; EUR 12,000.00 fixed, 30 days' terms) whose
 * two milestones are accepted: m1 "Design" (4,000.00, deliverable d2) and m2 "Launch"
 * (8,000.00, deliverable d1).
 */
export async function buildBillingWorld(
  t: TestApp,
  adjust: (terms: AgreementTerms) => AgreementTerms = (terms) => terms,
  options: { accept?: ("d1" | "d2")[]; since?: string } = {},
): Promise<DeliveryWorld> {
  const accept = options.accept ?? ["d1", "d2"];
  const today = t.clock.now();
  // Invoices may not be dated before what made them due: a world whose milestones were accepted
  // on `since` lets tests issue invoices dated then; people sign in again on coming back.
  if (options.since) t.clock.set(new Date(`${options.since}T09:00:00.000Z`));
  const w = await buildDeliveryWorld(t, (terms) => {
    const [d1] = terms.deliverables;
    if (!d1) throw new Error("the fixture has no deliverable");
    return adjust({
      ...terms,
      deliverables: [d1, { ...d1, id: "d2", title: "Design system", milestoneId: "m1" }],
    });
  });
  for (const id of accept) {
    const round = bodyOf<SubmissionBody>(await submit(w, id), 201);
    bodyOf(await evaluate(w, round.id, ALL_MET));
  }
  if (options.since) {
    t.clock.set(today);
    await signInAgain(w.client, w.provider);
  }
  return w;
}

/** Sessions last 30 days: after the clock moves past that, people sign in again. */
export async function signInAgain(...people: Person[]) {
  for (const person of people) {
    bodyOf(
      await person.client.post("/api/v1/auth/login", { email: person.email, password: PASSWORD }),
    );
  }
}

/**
 * The terms made a monthly retainer of 3,000.00, with five days' notice and no hand-over: the
 * retainer tests' agreement or amendment.
 */
export function monthlyRetainerTerms(terms: AgreementTerms): AgreementTerms {
  return {
    ...terms,
    remuneration: {
      ...terms.remuneration,
      model: "retainer",
      amountMinor: 300_000,
      retainerPeriod: "month",
    },
    noticePeriodDays: 5,
    handOverDuties: [],
  };
}

export function invoicesUrl(w: DeliveryWorld, path = "") {
  return w.url(`/invoices${path}`);
}

export async function draftInvoice(
  w: DeliveryWorld,
  body: unknown = { source: { kind: "milestone", milestoneId: "m1" } },
  as: Person = w.provider,
): Promise<InvoiceBody> {
  return bodyOf<InvoiceBody>(await as.client.post(invoicesUrl(w), body), 201);
}

export async function issuedInvoice(
  w: DeliveryWorld,
  body: unknown = { source: { kind: "milestone", milestoneId: "m1" } },
  issue: { issueDate?: string } = {},
): Promise<InvoiceBody> {
  const draft = await draftInvoice(w, body);
  return bodyOf<InvoiceBody>(
    await w.provider.client.post(invoicesUrl(w, `/${draft.id}/issue`), issue),
  );
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `key-${keyCounter}-${Math.random().toString(36).slice(2, 10)}`;
}

export function recordPayment(
  w: DeliveryWorld,
  as: Person,
  invoiceId: string,
  body: unknown,
  key: string | null = newKey(),
): Promise<LightMyRequestResponse> {
  return as.client.request(
    "POST",
    invoicesUrl(w, `/${invoiceId}/payments`),
    body,
    key === null ? {} : { "idempotency-key": key },
  );
}

export function answerPayment(
  w: DeliveryWorld,
  as: Person,
  invoiceId: string,
  paymentId: string,
  decision: "confirm" | "reject",
) {
  return as.client.post(invoicesUrl(w, `/${invoiceId}/payments/${paymentId}/${decision}`));
}

/** Records a payment by the client and has the provider confirm it. */
export async function paid(
  w: DeliveryWorld,
  invoiceId: string,
  amountMinor: number,
  paidOn: string,
): Promise<PaymentBody> {
  const recorded = bodyOf<PaymentBody>(
    await recordPayment(w, w.client, invoiceId, { amountMinor, currency: "EUR", paidOn }),
    201,
  );
  return bodyOf<PaymentBody>(await answerPayment(w, w.provider, invoiceId, recorded.id, "confirm"));
}

/** The provider records money paid back to the client (EUR, on 22 November 2026 by default). */
export async function recordRefund(
  w: DeliveryWorld,
  amountMinor: number,
  reference: string,
  paidOn = "2026-11-22",
): Promise<{ id: string }> {
  return bodyOf<{ id: string }>(
    await w.provider.client.post(w.url("/refunds"), {
      amountMinor,
      currency: "EUR",
      paidOn,
      reference,
    }),
    201,
  );
}

/** A refund the provider records and the client confirms. */
export async function refundPaidBack(
  w: DeliveryWorld,
  amountMinor: number,
  reference: string,
): Promise<void> {
  const refund = await recordRefund(w, amountMinor, reference);
  bodyOf(await w.client.client.post(w.url(`/refunds/${refund.id}/confirm`)));
}

export async function invoice(
  w: DeliveryWorld,
  id: string,
  as: Person = w.provider,
): Promise<InvoiceBody> {
  return bodyOf<InvoiceBody>(await as.client.get(invoicesUrl(w, `/${id}`)));
}
