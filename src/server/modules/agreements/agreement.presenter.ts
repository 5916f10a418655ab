import type { z } from "zod";
import type { AgreementOverview, AgreementVersion } from "../../../contracts/agreements";
import {
  checkFairTerms,
  findingsToAcknowledge,
  type FloorRate,
} from "../../../domain/agreement/fair-terms-check";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { hasBlockingFinding } from "../../../domain/findings";
import { findingResponses, type FindingView } from "../../platform/findings";
import type { AgreementVersionRow, SignatureRow } from "./agreements.repository";
import { parseTerms } from "./canonical-terms";

/** A version as use-cases answer it: its fair-terms findings still to be worded. */
export type AgreementVersionView = Omit<AgreementVersion, "findings"> & {
  findings: FindingView[];
};

/** The overview as use-cases answer it, its versions' findings still to be worded. */
export type AgreementOverviewView = Omit<z.infer<typeof AgreementOverview>, "inForce" | "draft"> & {
  inForce: AgreementVersionView | null;
  draft: AgreementVersionView | null;
};

/**
 * One version with its signatures and the fair-terms check in the reader's language (a draft
 * checked against `amends`, the version in force). Only a draft without a blocking finding can
 * be signed; `acknowledgementsRequired` names the serious findings each side must acknowledge.
 */
export function presentVersion(
  row: AgreementVersionRow,
  signatures: readonly SignatureRow[],
  floor: FloorRate | null,
  amends: AgreementTerms | null = null,
): AgreementVersionView {
  const terms = parseTerms(row.terms);
  const findings = checkFairTerms(terms, floor, amends);
  return {
    version: Number(row.version),
    status: row.status,
    terms,
    contentHash: row.content_hash,
    signatures: signatures
      .filter((s) => s.version_id === row.id)
      .map((s) => ({
        side: s.side,
        userId: s.user_id,
        name: s.signer_name,
        orgId: s.org_id,
        contentHash: s.content_hash,
        signedAt: s.signed_at,
      })),
    findings: findingResponses("fairTerms", findings),
    isSignable: row.status === "draft" && !hasBlockingFinding(findings),
    acknowledgementsRequired: {
      client: findingsToAcknowledge(findings, "client"),
      provider: findingsToAcknowledge(findings, "provider"),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    inForceAt: row.in_force_at,
  };
}

/** The agreement at a glance: the version in force, the open draft, and the history. */
export function presentOverview(
  engagementId: string,
  rows: readonly AgreementVersionRow[],
  present: (row: AgreementVersionRow) => AgreementVersionView,
): AgreementOverviewView {
  const inForce = rows.find((r) => r.status === "in_force");
  const draft = rows.find((r) => r.status === "draft");
  return {
    engagementId,
    inForce: inForce ? present(inForce) : null,
    draft: draft ? present(draft) : null,
    versions: rows.map((r) => ({
      version: Number(r.version),
      status: r.status,
      contentHash: r.content_hash,
      createdAt: r.created_at,
      inForceAt: r.in_force_at,
    })),
  };
}
