import type { StoredFile } from "../../../contracts/delivery";
import {
  ALLOWED_FILE_TYPES,
  checkFile,
  cleanFileName,
  MAX_FILE_BYTES,
} from "../../../domain/delivery/file-policy";
import { formatFileSize } from "../../../i18n/format";
import type { Locale } from "../../../i18n/locales";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { sha256Hex, storageKeyFor } from "../../platform/file-storage";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockParticipant } from "../../kernel/lock-participant";
import { findEngagementFor } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { presentFile } from "./delivery.presenter";
import { insertFiles } from "./delivery.repository";

export interface IncomingFile {
  name: string;
  bytes: Buffer;
}

/**
 * The provider uploads files for a coming submission. Every file is checked before any is
 * kept, so a refused upload stores nothing; the bytes go to the file storage and the rows are
 * written in one transaction (bytes of a failed transaction are removed again).
 */
export async function uploadFiles(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  files: readonly IncomingFile[],
  locale: Locale,
): Promise<Result<{ files: StoredFile[] }>> {
  const allowed = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.upload);
  if (!allowed.ok) return allowed;
  if (files.length === 0) return fail("upload_invalid");
  const checked: { id: string; name: string; bytes: Buffer; mediaType: string }[] = [];
  for (const file of files) {
    const name = cleanFileName(file.name);
    const verdict = checkFile(name, file.bytes.length);
    if (!verdict.ok) return refusal(verdict.reason, name, locale);
    checked.push({ name, bytes: file.bytes, mediaType: verdict.mediaType, id: deps.ids.newId() });
  }
  const now = deps.clock.now().toISOString();
  const stored: string[] = [];
  let result: Result<{ files: StoredFile[] }>;
  try {
    result = await runInTransaction(deps.db, async (trx) => {
      const locked = await lockParticipant(trx, deps, actor, engagementId, DELIVERY_ACCESS.upload);
      if (!locked.ok) return locked;
      const rows = checked.map((file) => ({
        id: file.id,
        engagement_id: engagementId,
        org_id: locked.value.orgId,
        uploaded_by: actor.userId,
        name: file.name,
        media_type: file.mediaType,
        size_bytes: file.bytes.length,
        sha256: sha256Hex(file.bytes),
        storage_key: storageKeyFor(file.id),
        submission_id: null,
        created_at: now,
      }));
      for (const file of checked) {
        await deps.files.put(storageKeyFor(file.id), file.bytes);
        stored.push(storageKeyFor(file.id));
      }
      await insertFiles(trx, rows);
      return ok({ files: rows.map(presentFile) });
    });
  } catch (error) {
    await removeAll(deps, stored);
    throw error;
  }
  if (!result.ok) await removeAll(deps, stored);
  return result;
}

async function removeAll(deps: AppDeps, keys: readonly string[]) {
  await Promise.all(keys.map((key) => deps.files.remove(key)));
}

function refusal(
  reason: "file_type_not_allowed" | "file_too_large",
  name: string,
  locale: Locale,
): Result<never> {
  return reason === "file_too_large"
    ? fail("file_too_large", { name, limit: formatFileSize(locale, MAX_FILE_BYTES) })
    : fail("file_type_not_allowed", {
        name,
        allowed: Object.keys(ALLOWED_FILE_TYPES).join(", "),
      });
}

/** The refusal for a file the multipart reader stopped at the size limit. */
export function fileTooLarge(name: string, locale: Locale): Result<never> {
  return refusal("file_too_large", cleanFileName(name), locale);
}
