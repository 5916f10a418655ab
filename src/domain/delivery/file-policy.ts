/** The largest file a submission may carry, and how many files one upload may hold. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_UPLOAD = 10;

/**
 * File types a deliverable may carry, by extension, with the media type Accord serves them as.
 * The type comes from this table, never from what the uploader's browser claimed; and files are
 * always served as downloads, so none can run as a page of Accord's.
 */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  json: "application/json",
  zip: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  mp4: "video/mp4",
};

export type FileRefusal = "file_type_not_allowed" | "file_too_large";

/** Whether a file may be stored, and the media type it will be served as. */
export function checkFile(
  name: string,
  sizeBytes: number,
): { ok: true; mediaType: string } | { ok: false; reason: FileRefusal } {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const mediaType = extension ? ALLOWED_FILE_TYPES[extension] : undefined;
  if (!mediaType) return { ok: false, reason: "file_type_not_allowed" };
  if (sizeBytes > MAX_FILE_BYTES) return { ok: false, reason: "file_too_large" };
  return { ok: true, mediaType };
}

/** A file name safe to keep and show: no folders, no control characters, a bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return printable.slice(-200) || "file";
}

/**
 * The first file of an upload whose bytes (its SHA-256) are already waiting to be handed in,
 * with the file that has them: one of the organisation's uploads no submission took yet, or an
 * earlier file of the same upload (which is refused with it, so the refusal says so); null when
 * every file is new. A second copy is what a double
 * click or a retry sends, and two files of one content cannot be told apart when a round takes
 * one. Once a submission took a file, the same bytes may be uploaded again for another round.
 */
export function repeatedUpload<F extends { name: string; sha256: string }>(
  waiting: readonly F[],
  incoming: readonly F[],
): { file: F; stored: F; isSameUpload: boolean } | null {
  for (const [index, file] of incoming.entries()) {
    const stored = waiting.find((w) => w.sha256 === file.sha256);
    if (stored) return { file, stored, isSameUpload: false };
    const earlier = incoming.slice(0, index).find((w) => w.sha256 === file.sha256);
    if (earlier) return { file, stored: earlier, isSameUpload: true };
  }
  return null;
}
