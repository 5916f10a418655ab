import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MeResponse, SignUpBody } from "../../../shared/api/types";
import { startSession } from "./session";

export function signUp(body: SignUpBody): Promise<MeResponse> {
  return api.post<MeResponse>("/auth/signup", body);
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
