import type { z } from "zod";
import type { PublicRecognitions, Recognition } from "../../../contracts/growth";
import { answerRecognition, withdrawConsent } from "../../../domain/growth/recognition";
import type { Side } from "../../../domain/engagement/engagement";
import type { RecognitionWithOrgs } from "./recognitions.repository";

type Reason = z.infer<typeof Recognition>["reason"];
type SubjectKind = "deliverable" | "goal";

/** Titles of what recognition may name: the engagement's deliverables and goals, by id. */
export type SubjectTitles = Map<string, string>;

function subjectOf(row: RecognitionWithOrgs, titles: SubjectTitles) {
  if (!row.subject_kind || !row.subject_id) return null;
  return {
    kind: row.subject_kind as SubjectKind,
    id: row.subject_id,
    title: titles.get(`${row.subject_kind}:${row.subject_id}`) ?? "",
  };
}

/** A recognition as the two sides of its engagement read it, and whether the reader answers now. */
export function presentRecognition(
  row: RecognitionWithOrgs,
  titles: SubjectTitles,
  reader: { side: Side; mayAnswer: boolean },
): z.infer<typeof Recognition> {
  const canAnswer =
    reader.mayAnswer && answerRecognition(row.status, row.from_side, reader.side, true).ok;
  const canWithdrawConsent =
    reader.mayAnswer &&
    withdrawConsent(row.status, row.from_side, reader.side, row.text_approved_at !== null).ok;
  return {
    id: row.id,
    kind: row.kind,
    fromSide: row.from_side,
    from: { id: row.from_org_id, name: row.from_name },
    to: { id: row.to_org_id, name: row.to_name },
    reason: row.reason as Reason,
    subject: subjectOf(row, titles),
    people: JSON.parse(row.people) as string[],
    text: row.text,
    introducedOrg: row.introduced_org,
    status: row.status,
    canAnswer,
    canWithdrawConsent,
    createdAt: row.created_at,
    textApprovedAt: row.text_approved_at,
    consentAnsweredAt: row.consent_answered_at,
  };
}

type PublicRecognition = z.infer<typeof PublicRecognitions>["recognitions"][number];

/** A published recognition as anyone reading a profile sees it. */
export function presentPublicRecognition(
  row: RecognitionWithOrgs,
  titles: SubjectTitles,
): PublicRecognition {
  return {
    id: row.id,
    kind: row.kind,
    from: { id: row.from_org_id, name: row.from_name },
    reason: row.reason as Reason,
    subjectTitle: subjectOf(row, titles)?.title ?? null,
    people: JSON.parse(row.people) as string[],
    text: row.text,
    introducedOrg: row.introduced_org,
    publishedAt: publishedAtOf(row),
  };
}

export function publishedAtOf(row: RecognitionWithOrgs): string {
  return row.text_approved_at ?? row.consent_answered_at ?? row.created_at;
}
