import { useAgreement } from "../agreements/api/get-agreement";
import { useChangeRequests } from "../change-requests/api/get-change-requests";
import { useDelivery } from "../delivery/api/get-delivery";

/** What an invoice's source reference points to, by name: read from the engagement's data. */
export interface SourceNames {
  milestones: ReadonlyMap<string, { title: string; amountMinor: number; isAccepted: boolean }>;
  changes: ReadonlyMap<
    string,
    { number: number; title: string; priceMinor: number | null; isApproved: boolean }
  >;
  retainerPeriod: "month" | "quarter" | null;
}

/**
 * The milestones of the agreement in force, the engagement's change requests and its retainer
 * period, which name what each invoice covers; empty until they arrive, so a list shows the
 * references in the meantime.
 */
export function useSourceNames(engagementId: string): SourceNames {
  const delivery = useDelivery(engagementId);
  const changes = useChangeRequests(engagementId);
  const agreement = useAgreement(engagementId);
  return {
    milestones: new Map(
      (delivery.data?.milestones ?? []).map((m) => [
        m.id,
        { title: m.title, amountMinor: m.amountMinor, isAccepted: m.isAccepted },
      ]),
    ),
    changes: new Map(
      (changes.data?.changeRequests ?? []).map((c) => [
        c.id,
        {
          number: c.number,
          title: c.title,
          priceMinor: c.pricing?.priceMinor ?? null,
          isApproved: c.status === "approved" || c.status === "applied",
        },
      ]),
    ),
    retainerPeriod: agreement.data?.inForce?.terms.remuneration.retainerPeriod ?? null,
  };
}
