import { api } from "../../../shared/api/api-client";
import type { Reputation } from "../review-types";

/** An organisation's public reputation (a plain request: the app's start asks for it early). */
export function getReputation(orgId: string): Promise<Reputation> {
  return api.get<Reputation>(`/orgs/${encodeURIComponent(orgId)}/reputation`);
}
