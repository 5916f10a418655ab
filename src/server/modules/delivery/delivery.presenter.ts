import type { Submission } from "../../../contracts/delivery";
import type { StoredFileRow, NoteRow, SubmissionRow } from "./delivery.repository";
import type { Selectable } from "kysely";
import type { CriterionVerdictsTable, StoredFilesTable } from "../../db/schema";

export function presentFile(row: Selectable<StoredFilesTable>) {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

export function presentRemark(row: NoteRow) {
  return {
    id: row.id,
    text: row.text,
    author: { id: row.author_user_id, name: row.author_name },
    createdAt: row.created_at,
    changeRequestId: row.change_request_id,
    changeRequestNumber:
      row.change_request_number === null ? null : Number(row.change_request_number),
  };
}

/** A submission with what belongs to it, each list already grouped by submission id. */
export function presentSubmission(
  row: SubmissionRow,
  related: {
    files: ReadonlyMap<string, StoredFileRow[]>;
    verdicts: ReadonlyMap<string, Selectable<CriterionVerdictsTable>[]>;
    remarks: ReadonlyMap<string, NoteRow[]>;
  },
): Submission {
  return {
    id: row.id,
    deliverableId: row.deliverable_id,
    round: Number(row.round),
    agreementVersion: Number(row.agreement_version),
    status: row.status,
    description: row.description,
    links: JSON.parse(row.links) as string[],
    files: (related.files.get(row.id) ?? []).map(presentFile),
    submittedBy: { id: row.submitted_by, name: row.submitted_by_name },
    submittedAt: row.submitted_at,
    reviewDueAt: row.review_due_at,
    isDeemedAcceptanceAgreed: Number(row.is_deemed_acceptance_agreed) === 1,
    decidedBy:
      row.decided_by && row.decided_by_name
        ? { id: row.decided_by, name: row.decided_by_name }
        : null,
    decidedAt: row.decided_at,
    verdicts: (related.verdicts.get(row.id) ?? []).map((v) => ({
      criterionId: v.criterion_id,
      statement: v.statement,
      isMet: Number(v.is_met) === 1,
      comment: v.comment,
    })),
    remarks: (related.remarks.get(row.id) ?? []).map(presentRemark),
  };
}
