import { link, lstat, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileRefusal, OperatorRefusal } from "./operator-errors";

/** A file the operator named, as text; one that cannot be read is refused naming it and why. */
export async function readOperatorFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw fileRefusal(path, "read", error);
  }
}

/**
 * Where a command writes a file whole or not at all: beside `path` (one file system, so the
 * rename that puts it in place is atomic), named for this process.
 */
export function partialPathOf(path: string): string {
  return `${path}.partial-${process.pid}`;
}

/**
 * Writes `path` whole or not at all: into a partial file first, renamed into place once it is
 * complete, and removed when anything fails (a full disk, a directory that is not there), so a
 * reader never finds half a file under the name asked for. With `isNewOnly`, it is linked into
 * place instead, which fails on a file that appeared meanwhile where a rename would replace it.
 */
export async function writeWhole(
  path: string,
  write: (partialPath: string) => Promise<unknown>,
  { isNewOnly = false } = {},
): Promise<void> {
  const partial = partialPathOf(path);
  try {
    await lstat(dirname(path));
    await write(partial);
    if (isNewOnly) {
      await link(partial, path);
      await rm(partial);
    } else {
      await rename(partial, path);
    }
  } catch (error) {
    await rm(partial, { force: true });
    throw fileRefusal(path, "write", error);
  }
}

/** Writes text whole or not at all (`writeWhole`). */
export function writeTextWhole(path: string, text: string): Promise<void> {
  return writeWhole(path, (partial) => writeFile(partial, text, { flag: "wx" }));
}

/** Refuses a path something already holds: for a command that never overwrites (a backup). */
export async function refuseExisting(path: string): Promise<void> {
  const existing = await lstat(path).catch(() => null);
  if (existing) throw new OperatorRefusal("cli.backup.exists", { path }, 2);
}
