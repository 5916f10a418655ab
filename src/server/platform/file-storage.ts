import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import type { Readable } from "node:stream";

/**
 * Where uploaded files' bytes live. Rows in `stored_files` say what a file is and who may read
 * it; the storage only keeps bytes under a key, so a deployment can swap local disk for an
 * object store without touching the use-cases.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** Keys are generated ids split into two levels of folders, never names a user typed. */
export function storageKeyFor(id: string): string {
  return `${id.slice(0, 2)}/${id}`;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Files on local disk under one directory; writes land whole or not at all (temp + rename). */
export function localDiskStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.partial`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async read(key) {
      const path = pathOf(key);
      await stat(path);
      return createReadStream(path);
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
