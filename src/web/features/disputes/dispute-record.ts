import type { DeliveryOverview, Invoice } from "../../shared/api/types";

/** What a dispute's items refer to, read off delivery and billing, for names and amounts. */
export interface DisputeRecord {
  currency: string;
  deliverables: readonly { id: string; title: string }[];
  milestones: readonly { id: string; title: string; dueDate: string }[];
  invoices: readonly { id: string; number: string }[];
}

export function disputeRecordOf(
  delivery: DeliveryOverview | undefined,
  invoices: readonly Invoice[] | undefined,
): DisputeRecord {
  return {
    currency: delivery?.scope?.currency ?? invoices?.[0]?.currency ?? "EUR",
    deliverables: (delivery?.deliverables ?? []).map((d) => ({ id: d.id, title: d.title })),
    milestones: (delivery?.milestones ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
    })),
    invoices: (invoices ?? []).flatMap((i) => (i.number ? [{ id: i.id, number: i.number }] : [])),
  };
}

/** The title of a deliverable, milestone or invoice number the record knows; else its id. */
export function nameIn(
  items: readonly { id: string; title?: string; number?: string }[],
  id: string,
): string {
  const found = items.find((item) => item.id === id);
  return found?.title ?? found?.number ?? id;
}
