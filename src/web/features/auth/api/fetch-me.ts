import { api, isApiError } from "../../../shared/api/api-client";
import type { MeResponse } from "../../../shared/api/types";

/** The signed-in user and their memberships, or null when nobody is signed in. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    return await api.get<MeResponse>("/me");
  } catch (error) {
    if (isApiError(error, "unauthenticated")) return null;
    throw error;
  }
}
