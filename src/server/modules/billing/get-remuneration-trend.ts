import type { RemunerationTrend } from "../../../contracts/billing";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { HOURS_PER_DAY } from "../../../domain/agreement/terms";
import { remunerationTrend } from "../../../domain/billing/remuneration-trend";
import { share } from "../../../domain/findings";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { type Unworded, wording } from "../../platform/wording";
import { parseTerms } from "../agreements/canonical-terms";
import { findBillingViewer } from "./billing.policy";

function hoursOf(effort: { unit: "hour" | "day"; quantity: number } | null): number {
  if (!effort) return 0;
  return effort.unit === "day" ? effort.quantity * HOURS_PER_DAY : effort.quantity;
}

/** What a version pays: the fixed total or retainer fee, or a T&M cap (else rate × estimate). */
function remunerationOf(terms: AgreementTerms): number {
  const r = terms.remuneration;
  if (r.amountMinor !== null) return r.amountMinor;
  if (r.rateMinor !== null && r.estimatedEffort) {
    return Math.round(r.rateMinor * r.estimatedEffort.quantity);
  }
  return 0;
}

/**
 * The effective rate of each agreement version that came into force: what it pays per hour of
 * agreed scope, the scope being the estimated effort plus the effort of every priced change it
 * took in. Flags, to be worded for the reader, a version that cuts pay without cutting scope.
 */
export async function getRemunerationTrend(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<Unworded<RemunerationTrend, "message">>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const [versions, changes] = await Promise.all([
    deps.db
      .selectFrom("agreement_versions")
      .select(["version", "terms", "in_force_at"])
      .where("engagement_id", "=", engagementId)
      .where("in_force_at", "is not", null)
      .orderBy("version")
      .execute(),
    deps.db
      .selectFrom("change_requests")
      .select(["effort_quantity", "effort_unit", "agreement_version"])
      .where("engagement_id", "=", engagementId)
      .where("status", "=", "applied")
      .execute(),
  ]);
  const periods = versions.map((row) => {
    const terms = parseTerms(row.terms);
    const version = Number(row.version);
    const changeHours = changes
      .filter((c) => c.agreement_version !== null && Number(c.agreement_version) <= version)
      .reduce(
        (sum, c) =>
          sum +
          (c.effort_unit && c.effort_quantity !== null
            ? hoursOf({ unit: c.effort_unit, quantity: Number(c.effort_quantity) })
            : 0),
        0,
      );
    return {
      version,
      from: (row.in_force_at ?? "").slice(0, 10),
      currency: terms.remuneration.currency,
      period: {
        label: `v${version}`,
        remunerationMinor: remunerationOf(terms),
        scope: {
          unit: "hour" as const,
          quantity: hoursOf(terms.remuneration.estimatedEffort) + changeHours,
        },
      },
    };
  });
  const trend = remunerationTrend(periods.map((p) => p.period));
  return ok({
    engagementId,
    currency: periods.at(-1)?.currency ?? null,
    periods: periods.map((p, index) => ({
      agreementVersion: p.version,
      from: p.from,
      remunerationMinor: trend.rates[index]?.remunerationMinor ?? 0,
      scopeHoursMilli: trend.rates[index]?.scopeHoursMilli ?? 0,
      rateMinorPerHour: trend.rates[index]?.rateMinorPerHour ?? null,
    })),
    findings: trend.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      path: f.path,
      message: wording("billing.trend.remuneration_cut_without_scope_cut", {
        fromPeriod: f.values?.fromPeriod ?? "",
        toPeriod: f.values?.toPeriod ?? "",
        remunerationCut: share(Number(f.values?.remunerationCutBasisPoints ?? 0)),
        scopeCut: share(Number(f.values?.scopeCutBasisPoints ?? 0)),
      }),
    })),
  });
}
