import type { z } from "zod";
import type { BriefClientRecord } from "../../../contracts/health";
import type { OrganisationScore } from "../../../domain/health/engagement-score";
import type { AppDeps } from "../../platform/deps";
import { readPayerRecord } from "../billing/get-payment-record";
import { listOrganisationHealth } from "./health.repository";
import { presentScorecardSide } from "./health.presenter";

/**
 * What a provider reads of a client before it commits (on a brief, on an engagement
 * invitation): the client's payment record and its client score, whose value shows to
 * outsiders only after the minimum sample, as on the scorecard.
 */
export async function readClientRecord(
  deps: AppDeps,
  org: { id: string; name: string },
  isOwn: boolean,
): Promise<z.infer<typeof BriefClientRecord>> {
  const row = (await listOrganisationHealth(deps.db, org.id)).find((r) => r.side === "client");
  return {
    orgId: org.id,
    name: org.name,
    paymentRecord: await readPayerRecord(deps, org.id),
    score: row
      ? presentScorecardSide(JSON.parse(row.explanation) as OrganisationScore, isOwn)
      : null,
  };
}
