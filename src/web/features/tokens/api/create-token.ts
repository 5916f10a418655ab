import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { CreateTokenBody, CreatedApiToken } from "../../../shared/api/types";
import { tokensQueryOptions } from "./get-tokens";

/** The answer carries the secret itself, the only time the server ever shows it. */
export function createToken(body: CreateTokenBody): Promise<CreatedApiToken> {
  return api.post<CreatedApiToken>("/tokens", body);
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: (token) =>
      queryClient.invalidateQueries({ queryKey: tokensQueryOptions(token.orgId).queryKey }),
  });
}
