import { z } from "zod";
import { Id, Timestamp } from "./common";
import { AcceptanceCriterionSchema, IsoDate } from "./terms";

const Person = z.object({ id: Id, name: z.string() });

export const StoredFile = z.object({
  id: Id,
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: Timestamp,
});
export type StoredFile = z.infer<typeof StoredFile>;
export const UploadedFiles = z.object({ files: z.array(StoredFile) });

export const CriterionVerdictResponse = z.object({
  criterionId: z.string(),
  statement: z.string(),
  isMet: z.boolean(),
  comment: z.string(),
});

/** A remark that cites no agreed criterion: kept, never blocking, priceable as a change. */
export const Remark = z.object({
  id: Id,
  text: z.string(),
  author: Person,
  createdAt: Timestamp,
  changeRequestId: Id.nullable(),
  changeRequestNumber: z.number().int().nullable(),
});

export const SubmissionStatus = z.enum([
  "in_review",
  "accepted",
  "deemed_accepted",
  "changes_requested",
]);

export const Submission = z.object({
  id: Id,
  deliverableId: z.string(),
  round: z.number().int(),
  agreementVersion: z.number().int(),
  status: SubmissionStatus,
  description: z.string(),
  links: z.array(z.string()),
  files: z.array(StoredFile),
  submittedBy: Person,
  submittedAt: Timestamp,
  /** When the agreed review window ends; null when the agreement set none. */
  reviewDueAt: Timestamp.nullable(),
  /** Whether silence past `reviewDueAt` accepts the submission, as agreed. */
  isDeemedAcceptanceAgreed: z.boolean(),
  decidedBy: Person.nullable(),
  decidedAt: Timestamp.nullable(),
  verdicts: z.array(CriterionVerdictResponse),
  remarks: z.array(Remark),
});
export type Submission = z.infer<typeof Submission>;

export const DeliverableProgress = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  milestoneId: z.string().nullable(),
  criteria: z.array(AcceptanceCriterionSchema),
  status: z.enum(["not_submitted", ...SubmissionStatus.options]),
  revisionLimit: z.number().int().nullable(),
  revisionsUsed: z.number().int(),
  revisionsLeft: z.number().int().nullable(),
  /** Why the provider cannot hand in a round now; null when it can. */
  submitBlockedBy: z
    .enum(["deliverable_in_review", "deliverable_already_accepted", "revision_limit_reached"])
    .nullable(),
  submissions: z.array(Submission),
});

export const MilestoneProgress = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: IsoDate,
  amountMinor: z.number().int(),
  isAccepted: z.boolean(),
});

export const ScopeSummaryResponse = z.object({
  currency: z.string(),
  agreedMinor: z.number().int().nullable(),
  approvedChanges: z.object({ count: z.number().int(), priceMinor: z.number().int() }),
  awaitingApproval: z.object({ count: z.number().int(), priceMinor: z.number().int() }),
  unpricedDemands: z.object({ notes: z.number().int(), changeRequests: z.number().int() }),
  declinedChanges: z.number().int(),
});

export const DeliveryOverview = z.object({
  engagementId: Id,
  /** The agreement version delivery follows; null before any is in force. */
  agreementVersion: z.number().int().nullable(),
  deliverables: z.array(DeliverableProgress),
  milestones: z.array(MilestoneProgress),
  scope: ScopeSummaryResponse.nullable(),
});

export const EngagementParams = z.object({ id: Id });
export const DeliverableParams = z.object({ id: Id, deliverableId: z.string().min(1).max(64) });
export const SubmissionParams = z.object({ id: Id, submissionId: Id });
export const FileParams = z.object({ id: Id, fileId: Id });

const HttpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .meta({ description: "An http(s) link to where the work can be seen" });

export const SubmitBody = z.object({
  description: z.string().trim().min(1).max(10_000),
  links: z.array(HttpUrl).max(20).default([]),
  /** Files uploaded first with `POST /engagements/{id}/files`. */
  fileIds: z.array(Id).max(20).default([]),
});

export const EvaluateBody = z.object({
  verdicts: z
    .array(
      z.object({
        criterionId: z.string().min(1).max(64),
        isMet: z.boolean(),
        comment: z.string().trim().max(5000).default(""),
      }),
    )
    .max(50),
  /** Feedback that cites no agreed criterion: kept as remarks; it cannot block acceptance. */
  remarks: z.array(z.string().trim().min(1).max(5000)).max(20).default([]),
});
