import { z } from "zod";
import { Email, Id, OrgRef, Timestamp } from "./common";
import { EngagementAbilities } from "./abilities";
import { EngagementEventSchema } from "./events";
import { absentWhenEmpty, queryInteger } from "./input-rules";
import { NextCursor, PageQuery } from "./pagination";
import { SUMMARY_WAITING_KINDS } from "../domain/engagement/engagement-summary";

export const ENGAGEMENT_STATUSES = ["pending", "active", "declined", "withdrawn"] as const;
export const EngagementStatus = z.enum(ENGAGEMENT_STATUSES);

export const StartEngagementBody = z.object({
  /** The organisation starting the engagement; its kind decides which side it takes. */
  orgId: Id,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(""),
  /** Who is invited to accept for the other side. */
  counterpartEmail: Email,
});

export const EngagementParams = z.object({ id: Id });

export const Engagement = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  status: EngagementStatus,
  client: OrgRef.nullable(),
  provider: OrgRef.nullable(),
  initiator: OrgRef,
  mySide: z.enum(["client", "provider"]),
  /**
   * What the caller may do on this engagement, part by part (`delivery.submit`, `billing.invoice`,
   * `agreement.sign`, …), as the server decides it. Clients show or hide actions from this.
   */
  abilities: EngagementAbilities,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Engagement = z.infer<typeof Engagement>;

export const ENGAGEMENT_SORTS = ["newest", "title", "deadline"] as const;
export type EngagementSort = (typeof ENGAGEMENT_SORTS)[number];

export const EngagementListQuery = z.object({
  status: EngagementStatus.optional(),
  orgId: absentWhenEmpty(Id.optional()),
  /** `newest` first (the default), by `title`, or the soonest `deadline` first (none last). */
  sort: z
    .enum(ENGAGEMENT_SORTS)
    .default("newest")
    .meta({ description: "newest first, by title, or the soonest next deadline first" }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Words in the title or in the other side's name (any case)" }),
  waitingOn: z.enum(["us", "them"]).optional().meta({
    description:
      "Only engagements where something waits on the caller's side (`us`) or the other (`them`)",
  }),
  ...PageQuery.shape,
});

export const EngagementSummary = z.object({
  milestones: z.object({
    accepted: z.number().int(),
    total: z.number().int(),
    /** The earliest due date of a milestone not accepted yet. */
    nextDueDate: z.string().nullable(),
  }),
  /** What the client still owes on issued invoices, per currency (confirmed payments only). */
  moneyOpen: z.array(z.object({ minor: z.number().int(), currency: z.string() })),
  isOverdue: z.boolean(),
  /** The soonest deadline something waits on: a review window's end (timestamp) or an invoice's due date. */
  nextDeadline: z
    .object({ kind: z.enum(["review_ends", "invoice_due"]), at: z.string() })
    .nullable(),
  /** Whose turn each open item is, by side (permissions aside; the home page is per person). */
  waiting: z.array(
    z.object({
      side: z.enum(["client", "provider"]),
      kind: z.enum(SUMMARY_WAITING_KINDS),
      count: z.number().int(),
    }),
  ),
});
export type EngagementSummary = z.infer<typeof EngagementSummary>;

/**
 * A row of the engagement list: the engagement without its `abilities`, which depend only on
 * the reader's side and role and so are sent once per organisation in `abilitiesByOrg`.
 */
export const EngagementListItem = Engagement.omit({ abilities: true }).extend({
  summary: EngagementSummary,
});
export type EngagementListItem = z.infer<typeof EngagementListItem>;

export const EngagementList = z.object({
  engagements: z.array(EngagementListItem),
  /**
   * What the caller may do on the listed engagements, by the id of the caller's organisation on
   * each: a row's abilities are `abilitiesByOrg[row[row.mySide].id]`, the same object
   * `GET /engagements/{id}` carries as `abilities`.
   */
  abilitiesByOrg: z.record(Id, EngagementAbilities).meta({
    description:
      "What the caller may do on the listed engagements, by the id of the caller's organisation on each: a row's abilities are `abilitiesByOrg[row[row.mySide].id]`",
  }),
  nextCursor: NextCursor,
});

const LedgerEventMeta = z.object({
  id: Id,
  engagementId: Id,
  seq: z.number().int(),
  actorUserId: Id.nullable(),
  actorName: z.string().nullable(),
  actorOrgId: Id.nullable(),
  occurredAt: Timestamp,
  prevHash: z.string(),
  hash: z.string(),
});

/** One entry of an engagement's timeline: its type and payload come from the event catalogue. */
export const LedgerEvent = z.intersection(LedgerEventMeta, EngagementEventSchema);
export type LedgerEvent = z.infer<typeof LedgerEvent>;

/**
 * An event as an export carries it: any type and payload, byte for byte as hashed, so a file
 * written by any version of Accord verifies.
 */
export const ExportedEvent = LedgerEventMeta.omit({ actorName: true }).extend({
  type: z.string(),
  payload: z.record(z.string(), z.unknown()),
});

/**
 * An engagement's timeline, a page at a time: without `after`, the newest `limit` events, and
 * `nextCursor` for those before them; with `after` (a `seq`, 0 for the start), the `limit`
 * events after it, and `nextCursor` for those after them. Each page lists its events in `seq`
 * order (oldest first), the order the hash chain links them.
 */
export const EventListQuery = z.object({
  // An empty `after=` is refused like any other word: read as Number(""), it would be 0, the start.
  after: queryInteger(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).optional().meta({
    description:
      "Read forward from the event after this `seq` (0: from the first), for reading the whole ledger in order; without it the newest events come first",
  }),
  ...PageQuery.shape,
});
export type EventListQuery = z.infer<typeof EventListQuery>;

export const EventList = z.object({
  /** The page's events in `seq` order, oldest first. */
  events: z.array(LedgerEvent),
  nextCursor: NextCursor.meta({
    description:
      "Pass as `cursor` for the next page: the events before these (the newest first), or after them (with `after`); null on the last page",
  }),
});

export const LedgerVerification = z.object({
  isIntact: z.boolean(),
  eventCount: z.number().int(),
  headHash: z.string().nullable(),
  firstBroken: z
    .object({
      id: Id,
      seq: z.number().int(),
      reason: z.enum(["sequence_gap", "previous_hash_mismatch", "hash_mismatch"]),
    })
    .nullable(),
});

export const LEDGER_EXPORT_FORMAT = "accord-ledger/1";

/** A self-contained export anyone can verify with `accord verify --file`. */
export const LedgerExport = z.object({
  format: z.literal(LEDGER_EXPORT_FORMAT),
  exportedAt: Timestamp,
  engagement: z.object({ id: Id, title: z.string() }),
  events: z.array(ExportedEvent),
});
export type LedgerExport = z.infer<typeof LedgerExport>;
