import { z } from "zod";
import { absentWhenEmpty } from "./input-rules";
import { ChangeRequestAbilities } from "./abilities";
import { NextCursor } from "./pagination";
import { inUnit } from "./units";
import { Id, Timestamp } from "./common";
import { MinorAmount } from "./terms";

const Person = z.object({ id: Id, name: z.string() });
const Reason = z.string().trim().min(1).max(5000);

export const ChangeRequest = z.object({
  id: Id,
  number: z.number().int(),
  status: z.enum(["proposed", "priced", "approved", "applied", "declined", "withdrawn"]),
  title: z.string(),
  reason: z.string(),
  deliverableIds: z.array(z.string()),
  additionalRevisions: z.number().int(),
  proposedBy: Person,
  proposedSide: z.enum(["client", "provider"]),
  /** The remark it was made from, when a client turned an out-of-criteria remark into a change. */
  fromRemarkId: Id.nullable(),
  pricing: z
    .object({
      effort: z.object({ unit: z.enum(["hour", "day"]), quantity: z.number() }),
      priceMinor: z.number().int(),
      currency: z.string(),
      scheduleImpactDays: z.number().int(),
      note: z.string(),
      pricedBy: Person,
      pricedAt: Timestamp,
    })
    .nullable(),
  declineReason: z.string().nullable(),
  decidedBy: Person.nullable(),
  decidedAt: Timestamp.nullable(),
  /** How the approved change entered (or will enter) the agreement. */
  application: z.enum(["amendment", "acknowledgement"]).nullable(),
  agreementVersion: z.number().int().nullable(),
  appliedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  /** What the caller may do with this change now, as the server decides it. */
  abilities: ChangeRequestAbilities,
});
export type ChangeRequest = z.infer<typeof ChangeRequest>;

export const ChangeRequestList = z.object({
  changeRequests: z.array(ChangeRequest),
  nextCursor: NextCursor,
});

export const ChangeRequestParams = z.object({ id: Id, changeRequestId: Id });

export const ProposeChangeBody = z.object({
  title: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1).max(5000),
  deliverableIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  /** Extra revision rounds the change buys for the deliverables it touches. */
  additionalRevisions: z.number().int().min(0).max(20).default(0),
  /** Turn this out-of-criteria remark into the change request. */
  fromRemarkId: absentWhenEmpty(Id.optional()),
});

export const PriceChangeBody = z.object({
  effort: z.object({
    unit: z.enum(["hour", "day"]),
    quantity: z.number().positive().max(100_000),
  }),
  priceMinor: MinorAmount,
  scheduleImpactDays: z.number().int().min(0, inUnit("days")).max(3650, inUnit("days")),
  note: z.string().trim().max(5000).default(""),
});

export const DeclineChangeBody = z.object({ reason: Reason });
