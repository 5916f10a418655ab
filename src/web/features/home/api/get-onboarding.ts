import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { Onboarding } from "../../../../contracts/home";
import { api } from "../../../shared/api/api-client";

export type OnboardingBody = z.infer<typeof Onboarding>;

/** The organisation's first steps, each ticked by the server from what really happened. */
export function useOnboarding(orgId: string) {
  return useQuery({
    queryKey: ["orgs", orgId, "onboarding"],
    queryFn: () => api.get<OnboardingBody>(`/orgs/${orgId}/onboarding`),
  });
}
