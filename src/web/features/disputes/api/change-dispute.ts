import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Dispute, OfferAmendsBody, OpenDisputeBody } from "../dispute-types";
import { disputePath, disputesPath, disputesQueryKey } from "./get-disputes";

/**
 * A step in a dispute moves the list, the timeline and, once amends are carried out, billing
 * (a credit note), delivery (re-work, a new deadline), the agreement and health.
 */
function useRefreshDisputes(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        disputesQueryKey(engagementId),
        ["engagements", engagementId, "events"],
        ["engagements", engagementId, "billing"],
        ["engagements", engagementId, "delivery"],
        ["engagements", engagementId, "agreement"],
        ["engagements", engagementId, "health"],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Either side disputes an item, saying what it wants. */
export function useOpenDispute(engagementId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: (body: OpenDisputeBody) => api.post<Dispute>(disputesPath(engagementId), body),
    onSuccess: refresh,
  });
}

/** The other side answers the opening. */
export function useRespondToDispute(engagementId: string, disputeId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: (body: { response: string; sendAnyway: boolean }) =>
      api.post<Dispute>(`${disputePath(engagementId, disputeId)}/response`, body),
    onSuccess: refresh,
  });
}

/** Offers amends, combined as one offer; made to a pending offer, it counters it. */
export function useOfferAmends(engagementId: string, disputeId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: (body: OfferAmendsBody) =>
      api.post<Dispute>(`${disputePath(engagementId, disputeId)}/offers`, body),
    onSuccess: refresh,
  });
}

/** Accepts (the amends are carried out at once) or declines the pending offer. */
export function useAnswerOffer(engagementId: string, disputeId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: (answer: "accept" | "decline") =>
      api.post<Dispute>(`${disputePath(engagementId, disputeId)}/offers/answer`, { answer }),
    onSuccess: refresh,
  });
}

/** Climbs one rung of the ladder, once both sides have spoken. */
export function useEscalateDispute(engagementId: string, disputeId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: () => api.post<Dispute>(`${disputePath(engagementId, disputeId)}/escalate`, {}),
    onSuccess: refresh,
  });
}

/** Takes the moderator's recommendation; once both sides have, the dispute is settled on it. */
export function useAcceptRecommendation(engagementId: string, disputeId: string) {
  const refresh = useRefreshDisputes(engagementId);
  return useMutation({
    mutationFn: () =>
      api.post<Dispute>(`${disputePath(engagementId, disputeId)}/recommendation/accept`, {}),
    onSuccess: refresh,
  });
}
