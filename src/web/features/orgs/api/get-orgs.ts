import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Organisation } from "../../../shared/api/types";

export function getOrgs(): Promise<{ organisations: Organisation[] }> {
  return api.get<{ organisations: Organisation[] }>("/orgs");
}

export const orgsQueryOptions = queryOptions({ queryKey: ["orgs"], queryFn: getOrgs });

export function useOrgs({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...orgsQueryOptions, enabled });
}
