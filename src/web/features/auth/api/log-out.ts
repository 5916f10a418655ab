import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import { leaveSession } from "./session";

export function logOut(): Promise<{ ok: true }> {
  return api.post<{ ok: true }>("/auth/logout");
}

export function useLogOut() {
  return useMutation({ mutationFn: logOut, onSuccess: leaveSession });
}
