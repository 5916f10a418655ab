import { useState } from "react";
import { FormattedMessage } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { creditable, isVoidable } from "../invoice-rules";
import { CreditNoteForm } from "./credit-note-form";
import { EditDraftForm } from "./edit-draft-form";
import { VoidInvoiceForm } from "./void-invoice-form";

type Panel = "none" | "edit" | "void" | "credit";

/**
 * The provider's corrections, one open at a time: a draft is edited; an issued invoice is
 * lowered by a credit note (a paid one too: what it takes off is then owed back); a draft, or
 * an issued invoice no money has moved on, is voided.
 */
export function InvoiceActions({
  engagementId,
  invoice,
}: {
  engagementId: string;
  invoice: Invoice;
}) {
  const [panel, setPanel] = useState<Panel>("none");
  const isDraft = invoice.status === "draft";
  const canCredit = creditable(invoice) > 0;
  const canVoid = isVoidable(invoice);
  const close = () => setPanel("none");
  const toggle = (next: Panel) => setPanel(panel === next ? "none" : next);
  if (!isDraft && !canCredit && !canVoid) return null;
  return (
    <section className="stack-sm">
      <div className="button-row">
        {isDraft ? (
          <button
            type="button"
            className="button-secondary"
            aria-expanded={panel === "edit"}
            onClick={() => toggle("edit")}
          >
            <FormattedMessage id="invoices.edit.title" />
          </button>
        ) : null}
        {canCredit ? (
          <button
            type="button"
            className="button-secondary"
            aria-expanded={panel === "credit"}
            onClick={() => toggle("credit")}
          >
            <FormattedMessage id="invoices.credit.title" />
          </button>
        ) : null}
        {canVoid ? (
          <button
            type="button"
            className="button-secondary"
            aria-expanded={panel === "void"}
            onClick={() => toggle("void")}
          >
            <FormattedMessage id={isDraft ? "invoices.void.draftTitle" : "invoices.void.title"} />
          </button>
        ) : null}
      </div>
      {panel === "edit" && isDraft ? (
        <EditDraftForm engagementId={engagementId} invoice={invoice} onDone={close} />
      ) : null}
      {panel === "credit" && canCredit ? (
        <CreditNoteForm engagementId={engagementId} invoice={invoice} onDone={close} />
      ) : null}
      {panel === "void" && canVoid ? (
        <VoidInvoiceForm engagementId={engagementId} invoice={invoice} onDone={close} />
      ) : null}
    </section>
  );
}
