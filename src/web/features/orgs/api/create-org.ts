import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { CreateOrgBody, Organisation } from "../../../shared/api/types";

export function createOrg(body: CreateOrgBody): Promise<Organisation> {
  return api.post<Organisation>("/orgs", body);
}

export function useCreateOrg() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrg,
    onSuccess: async () => {
      // The new membership shows in both the organisation list and the user's memberships.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs"] }),
        queryClient.invalidateQueries({ queryKey: ["me"] }),
      ]);
    },
  });
}
