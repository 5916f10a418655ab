import { z } from "zod";
import { AgreementVersion } from "./agreements";
import { Invoice, Refund } from "./billing";
import { ChangeRequest } from "./change-requests";
import { Timestamp } from "./common";
import { DeliveryOverview } from "./delivery";
import { Dispute } from "./disputes";
import { Engagement, LedgerExport } from "./engagements";
import { Exit } from "./exits";
import { MessageList } from "./messages";

export const ENGAGEMENT_ARCHIVE_FORMAT = "accord-archive/1";

/**
 * The whole engagement as either side may keep it. `ledger` is exactly an `accord-ledger/1`
 * export, so `accord verify --file` checks the archive offline (one format, read in one place).
 */
export const EngagementArchive = z.object({
  format: z.literal(ENGAGEMENT_ARCHIVE_FORMAT),
  exportedAt: Timestamp,
  engagement: Engagement,
  /** Every version of the agreement: terms, content hash and signatures. */
  agreementVersions: z.array(AgreementVersion),
  /** Deliverables, rounds and evaluations; files as metadata only (name, size, sha256). */
  delivery: DeliveryOverview,
  changeRequests: z.array(ChangeRequest),
  /** Invoices with their credit notes and payments. */
  invoices: z.array(Invoice),
  /** Money the provider paid back to the client, with what each side said of it. */
  refunds: z.array(Refund),
  /** Every thread the reader may read, oldest message first. */
  threads: z.array(MessageList.omit({ nextCursor: true })),
  disputes: z.array(Dispute),
  exit: Exit.nullable(),
  ledger: LedgerExport,
});
export type EngagementArchive = z.infer<typeof EngagementArchive>;

/** What `accord verify --file` reads: a ledger export, or the `ledger` of an archive. */
export const VerifiableFile = z.union([
  LedgerExport,
  z
    .object({ format: z.literal(ENGAGEMENT_ARCHIVE_FORMAT), ledger: LedgerExport })
    .transform((archive) => archive.ledger),
]);
