import type { Readable } from "node:stream";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { findFile } from "./delivery.repository";

/** A file of the engagement, for either side to download; outsiders learn nothing of it. */
export async function readFile(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  fileId: string,
): Promise<Result<{ name: string; mediaType: string; sizeBytes: number; stream: Readable }>> {
  const viewable = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.view);
  if (!viewable.ok) return viewable;
  const file = await findFile(deps.db, engagementId, fileId);
  if (!file) return fail("not_found");
  return ok({
    name: file.name,
    mediaType: file.media_type,
    sizeBytes: Number(file.size_bytes),
    stream: await deps.files.read(file.storage_key),
  });
}
