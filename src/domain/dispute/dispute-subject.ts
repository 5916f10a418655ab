import type { DisputeStatus } from "./dispute-ladder";

export type DisputeSubjectKind = "evaluation" | "invoice" | "change_request" | "conduct";

export interface DisputeSubject {
  kind: DisputeSubjectKind;
  ref: string | null;
}

/** The items of one engagement a dispute may name. */
export interface DisputableRecord {
  /** Deliverables and milestones of the agreement in force (an evaluation names either). */
  deliverableIds: readonly string[];
  milestoneIds: readonly string[];
  /** Issued invoices (a draft is not yet anything the client owes). */
  invoiceIds: readonly string[];
  changeRequestIds: readonly string[];
}

/**
 * What is wrong with a dispute's subject, or null: an evaluation or an invoice must name one,
 * and whatever is named must be this engagement's own. A change request may be left unnamed
 * (the web does), conduct names no item and is not checked.
 */
export function checkDisputeSubject(
  subject: DisputeSubject,
  record: DisputableRecord,
): "subject_required" | "subject_unknown" | null {
  const { kind, ref } = subject;
  if (kind === "conduct") return null;
  if (ref === null) return kind === "change_request" ? null : "subject_required";
  const known =
    kind === "evaluation"
      ? [...record.deliverableIds, ...record.milestoneIds]
      : kind === "invoice"
        ? record.invoiceIds
        : record.changeRequestIds;
  return known.includes(ref) ? null : "subject_unknown";
}

const CLOSED: readonly DisputeStatus[] = ["settled", "separated", "withdrawn"];

export interface OpenedDispute {
  number: number;
  status: DisputeStatus;
  openedSide: "client" | "provider";
  subject: DisputeSubject;
  statement: string;
}

/**
 * The dispute still open about the same item, whichever side opened it: one dispute per item at
 * a time, so a second click or the other side's own complaint about that invoice or deliverable
 * joins the first. Items without a reference (conduct, an unnamed change) are the same only
 * from the same side with the same statement: each side's complaint about the other's conduct
 * is its own.
 */
export function openDisputeAbout(
  disputes: readonly OpenedDispute[],
  opening: { subject: DisputeSubject; statement: string; side: "client" | "provider" },
): OpenedDispute | undefined {
  const { subject, statement, side } = opening;
  return disputes.find(
    (d) =>
      !CLOSED.includes(d.status) &&
      d.subject.kind === subject.kind &&
      d.subject.ref === subject.ref &&
      (subject.ref !== null || (d.openedSide === side && d.statement.trim() === statement.trim())),
  );
}
