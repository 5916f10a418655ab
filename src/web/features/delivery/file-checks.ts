import {
  ALLOWED_FILE_TYPES,
  MAX_FILE_BYTES,
  MAX_FILES_PER_UPLOAD,
  checkFile,
} from "../../../domain/delivery/file-policy";

/** The same limits the server applies, so a refusal is said before anything is sent. */
export { MAX_FILE_BYTES, MAX_FILES_PER_UPLOAD };

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED_FILE_TYPES);

/** For the file picker's `accept`: the browser's dialog offers the allowed types first. */
export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((extension) => `.${extension}`).join(",");

export type FileProblem =
  { kind: "type"; name: string } | { kind: "size"; name: string } | { kind: "count" };

/**
 * Adds picked files to those already chosen: files of a type or size the server refuses are
 * left out and named, as are files past the per-upload count. A file picked twice counts once.
 */
export function addFiles(
  chosen: readonly File[],
  picked: readonly File[],
): { files: File[]; problems: FileProblem[] } {
  const files = [...chosen];
  const problems: FileProblem[] = [];
  for (const file of picked) {
    const checked = checkFile(file.name, file.size);
    if (!checked.ok) {
      problems.push({
        kind: checked.reason === "file_too_large" ? "size" : "type",
        name: file.name,
      });
      continue;
    }
    if (files.some((f) => f.name === file.name && f.size === file.size)) continue;
    if (files.length >= MAX_FILES_PER_UPLOAD) {
      if (!problems.some((p) => p.kind === "count")) problems.push({ kind: "count" });
      continue;
    }
    files.push(file);
  }
  return { files, problems };
}
