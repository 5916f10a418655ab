import type { z } from "zod";
import type { UpdateMeBody } from "../../../contracts/auth";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { updateUser } from "./users.repository";

/**
 * Changes the person's own name or interface language; a language of null follows each
 * request's `Accept-Language` again (mail, written with no request, is then in English).
 */
export async function updateMe(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof UpdateMeBody>,
): Promise<void> {
  await updateUser(deps.db, actor.userId, {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.locale !== undefined && { locale: input.locale }),
  });
}
