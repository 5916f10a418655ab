import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MeResponse, UpdateMeBody } from "../../../shared/api/types";

export function updateMe(body: UpdateMeBody): Promise<MeResponse> {
  return api.patch<MeResponse>("/me", body);
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(["me"], me),
  });
}
