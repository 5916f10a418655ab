import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import type { OkResponse } from "../../../../contracts/common";
import { api } from "../../../shared/api/api-client";

/** The mailed link's own POST (`List-Unsubscribe`): no session needed, the token says whose. */
export function useUnsubscribeFromEmail() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post<z.infer<typeof OkResponse>>(`/unsubscribe/${encodeURIComponent(token)}`),
  });
}
