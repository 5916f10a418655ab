import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import type { PasswordResetBody, PasswordResetRequestBody } from "../../../../contracts/auth";
import type { OkResponse } from "../../../../contracts/common";
import { api } from "../../../shared/api/api-client";

type Ok = z.infer<typeof OkResponse>;

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: z.infer<typeof PasswordResetRequestBody>) =>
      api.post<Ok>("/auth/password-reset/request", body),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: z.infer<typeof PasswordResetBody>) =>
      api.post<Ok>("/auth/password-reset", body),
  });
}
