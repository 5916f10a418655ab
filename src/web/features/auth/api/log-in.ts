import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { LogInBody, MeResponse } from "../../../shared/api/types";
import { startSession } from "./session";

export function logIn(body: LogInBody): Promise<MeResponse> {
  return api.post<MeResponse>("/auth/login", body);
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
