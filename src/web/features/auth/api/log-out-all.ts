import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import { leaveSession } from "./session";

/** Ends every session of the user, on every device, including this one. */
export function logOutEverywhere(): Promise<unknown> {
  return api.post<unknown>("/auth/logout-all");
}

export function useLogOutEverywhere() {
  return useMutation({ mutationFn: logOutEverywhere, onSuccess: leaveSession });
}
