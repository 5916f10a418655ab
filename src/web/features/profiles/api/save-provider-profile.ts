import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { ProfileBody, ProviderProfile } from "../../../shared/api/types";

export function saveProviderProfile(orgId: string, body: ProfileBody): Promise<ProviderProfile> {
  return api.put<ProviderProfile>(`/providers/${encodeURIComponent(orgId)}`, body);
}

export function useSaveProviderProfile(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileBody) => saveProviderProfile(orgId, body),
    onSuccess: (profile) => queryClient.setQueryData(["providers", orgId], profile),
  });
}
