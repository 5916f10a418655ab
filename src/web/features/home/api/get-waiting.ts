import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { WaitingList } from "../../../../contracts/home";
import { api } from "../../../shared/api/api-client";

export type WaitingListBody = z.infer<typeof WaitingList>;

export function getWaiting(): Promise<WaitingListBody> {
  return api.get<WaitingListBody>("/me/waiting");
}

/** What waits for me across my engagements, most urgent first (the server's order). */
export function useWaiting() {
  return useQuery({ queryKey: ["me", "waiting"], queryFn: getWaiting });
}
