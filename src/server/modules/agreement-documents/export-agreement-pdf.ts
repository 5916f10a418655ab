import type { Locale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { getAgreementVersion } from "../agreements/get-agreement-version";
import { getEngagement } from "../engagements/get-engagement";
import { renderAgreementPdf } from "./agreement-pdf";

/** One version of an engagement's agreement as a PDF, for either side, in the reader's language. */
export async function exportAgreementPdf(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  version: number,
  locale: Locale,
): Promise<Result<Buffer>> {
  const [engagement, agreement] = await Promise.all([
    getEngagement(deps, actor, engagementId),
    getAgreementVersion(deps, actor, engagementId, version),
  ]);
  if (!engagement.ok) return engagement;
  if (!agreement.ok) return agreement;
  const e = engagement.value;
  const v = agreement.value;
  const pdf = await renderAgreementPdf(
    {
      title: e.title,
      clientName: e.client?.name ?? "—",
      providerName: e.provider?.name ?? "—",
      version: v.version,
      status: v.status,
      terms: v.terms,
      contentHash: v.contentHash,
      signatures: v.signatures.map((s) => ({ side: s.side, name: s.name, signedAt: s.signedAt })),
    },
    locale,
    deps.clock.now(),
  );
  return ok(pdf);
}
