import type { Readable } from "node:stream";
import type { StoredFile } from "../../../contracts/delivery";
import {
  ALLOWED_FILE_TYPES,
  checkFile,
  cleanFileName,
  MAX_FILE_BYTES,
  MAX_FILES_PER_UPLOAD,
  repeatedUpload,
} from "../../../domain/delivery/file-policy";
import { day, size } from "../../../domain/findings";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { storageKeyFor } from "../../platform/file-storage";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { findEngagementFor, lockParticipant } from "../../kernel/lock-participant";
import { DELIVERY_ACCESS } from "./delivery.policy";
import { presentFile } from "./delivery.presenter";
import { insertFiles, listWaitingFiles } from "./delivery.repository";

/** One file of an upload as it arrives: its name, and its bytes still on the way. */
export interface IncomingFile {
  name: string;
  stream: Readable;
}

interface KeptFile {
  id: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * The provider uploads files for a coming submission. Each file streams to the file storage as
 * it arrives, checked on the way: its type by extension before any byte is kept, its size as
 * bytes come, the count as files come; so memory stays bounded whatever the upload. The rows
 * are written in one transaction once every file is in. Bytes already waiting to be handed in
 * are refused (`repeatedUpload`), under the engagement's lock so two uploads at once keep one.
 * A refused or failed upload removes every file it stored and writes no row.
 */
export async function uploadFiles(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  files: AsyncIterable<IncomingFile>,
): Promise<Result<{ files: StoredFile[] }>> {
  const allowed = await findEngagementFor(deps.db, actor, engagementId, DELIVERY_ACCESS.upload);
  if (!allowed.ok) return allowed;
  const kept: KeptFile[] = [];
  let result: Result<{ files: StoredFile[] }>;
  try {
    const received = await receiveFiles(deps, files, kept);
    result = received.ok ? await recordFiles(deps, actor, engagementId, kept) : received;
  } catch (error) {
    await removeAll(deps, kept);
    throw error;
  }
  if (!result.ok) await removeAll(deps, kept);
  return result;
}

async function receiveFiles(
  deps: AppDeps,
  files: AsyncIterable<IncomingFile>,
  kept: KeptFile[],
): Promise<Result<null>> {
  for await (const file of files) {
    if (kept.length >= MAX_FILES_PER_UPLOAD) {
      return fail("too_many_files", { limit: MAX_FILES_PER_UPLOAD });
    }
    const name = cleanFileName(file.name);
    const type = checkFile(name, 0);
    if (!type.ok) return refusal(type.reason, name);
    const id = deps.ids.newId();
    const written = await deps.files.write(storageKeyFor(id), file.stream, MAX_FILE_BYTES);
    if (written === "too_large") return refusal("file_too_large", name);
    kept.push({ id, name, mediaType: type.mediaType, ...written });
  }
  return kept.length === 0 ? fail("upload_invalid") : ok(null);
}

function recordFiles(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  kept: readonly KeptFile[],
): Promise<Result<{ files: StoredFile[] }>> {
  const now = deps.clock.now().toISOString();
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, DELIVERY_ACCESS.upload);
    if (!locked.ok) return locked;
    const waiting = await listWaitingFiles(trx, engagementId, locked.value.orgId);
    const uploaded = (file: { name: string; sha256: string }, on: string) => ({
      name: file.name,
      sha256: file.sha256,
      uploadedOn: on.slice(0, 10),
    });
    const repeated = repeatedUpload(
      waiting.map((file) => uploaded(file, file.created_at)),
      kept.map((file) => uploaded(file, now)),
    );
    if (repeated) {
      return fail("file_already_uploaded", {
        name: repeated.file.name,
        stored: repeated.stored.name,
        uploadedOn: day(repeated.stored.uploadedOn),
        where: repeated.isSameUpload ? "upload" : "stored",
      });
    }
    const rows = kept.map((file) => ({
      id: file.id,
      engagement_id: engagementId,
      org_id: locked.value.orgId,
      uploaded_by: actor.userId,
      name: file.name,
      media_type: file.mediaType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      storage_key: storageKeyFor(file.id),
      submission_id: null,
      created_at: now,
    }));
    await insertFiles(trx, rows);
    return ok({ files: rows.map(presentFile) });
  });
}

async function removeAll(deps: AppDeps, files: readonly KeptFile[]) {
  await Promise.all(files.map((file) => deps.files.remove(storageKeyFor(file.id))));
}

function refusal(reason: "file_type_not_allowed" | "file_too_large", name: string): Result<never> {
  return reason === "file_too_large"
    ? fail("file_too_large", { name, limit: size(MAX_FILE_BYTES) })
    : fail("file_type_not_allowed", {
        name,
        allowed: Object.keys(ALLOWED_FILE_TYPES).join(", "),
      });
}

/** The refusal for a file the multipart reader stopped at the size limit. */
export function fileTooLarge(name: string): Result<never> {
  return refusal("file_too_large", cleanFileName(name));
}
