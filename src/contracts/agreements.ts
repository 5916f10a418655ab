import { z } from "zod";
import { Id, Timestamp } from "./common";
import { queryInteger } from "./input-rules";
import { AgreementTermsSchema, FindingSchema } from "./terms";

export const Signature = z.object({
  side: z.enum(["client", "provider"]),
  userId: Id,
  name: z.string(),
  orgId: Id,
  contentHash: z.string(),
  signedAt: Timestamp,
});

export const AgreementVersion = z.object({
  version: z.number().int(),
  status: z.enum(["draft", "in_force", "superseded"]),
  terms: AgreementTermsSchema,
  /** SHA-256 of the canonical terms: what a signature covers. */
  contentHash: z.string(),
  signatures: z.array(Signature),
  /** The fair-terms check, in the reader's language; a blocking finding prevents signing. */
  findings: z.array(FindingSchema),
  isSignable: z.boolean(),
  /**
   * Codes of the serious findings each side must name in `acknowledgedFindings` when it signs
   * (a pay cut without a scope cut: the provider).
   */
  acknowledgementsRequired: z.object({
    client: z.array(z.string()),
    provider: z.array(z.string()),
  }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  inForceAt: Timestamp.nullable(),
});
export type AgreementVersion = z.infer<typeof AgreementVersion>;

export const AgreementOverview = z.object({
  engagementId: Id,
  inForce: AgreementVersion.nullable(),
  draft: AgreementVersion.nullable(),
  versions: z.array(
    AgreementVersion.pick({
      version: true,
      status: true,
      contentHash: true,
      createdAt: true,
      inForceAt: true,
    }),
  ),
});

export const AgreementParams = z.object({ id: Id });
export const AgreementVersionParams = z.object({
  id: Id,
  version: queryInteger(z.number().int().min(1)),
});

/** `baseHash` is the hash of the draft the editor started from: a stale edit is refused. */
export const EditDraftBody = z.object({
  terms: AgreementTermsSchema,
  baseHash: z.string().length(64),
});
/**
 * The signer states the hash of the text they read, so nobody signs a text changed under them,
 * and names each serious finding their side must acknowledge (`acknowledgementsRequired`).
 */
export const SignBody = z.object({
  contentHash: z.string().length(64),
  acknowledgedFindings: z.array(z.string().max(100)).max(50).default([]),
});

export const DiffQuery = z.object({
  from: queryInteger(z.number().int().min(1)),
  to: queryInteger(z.number().int().min(1)),
});
export const AgreementDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(["added", "removed", "changed"]),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});
