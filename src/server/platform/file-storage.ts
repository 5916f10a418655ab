import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * Where uploaded files' bytes live. Rows in `stored_files` say what a file is and who may read
 * it; the storage only keeps bytes under a key, so a deployment can swap local disk for an
 * object store without touching the use-cases.
 */
export interface FileStorage {
  /**
   * Streams bytes into storage as they arrive, counting and hashing them on the way, so memory
   * stays bounded whatever the size. Past `maxBytes` nothing more is written and nothing is kept.
   */
  write(key: string, source: Readable, maxBytes: number): Promise<WrittenFile | "too_large">;
  read(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
}

/** Keys are generated ids split into two levels of folders, never names a user typed. */
export function storageKeyFor(id: string): string {
  return `${id.slice(0, 2)}/${id}`;
}

export interface WrittenFile {
  sizeBytes: number;
  sha256: string;
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
    async write(key, source, maxBytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.partial`;
      const meter = byteMeter(maxBytes);
      try {
        await pipeline(source, meter.stream, createWriteStream(temporary));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      if (meter.isTooLarge()) {
        await rm(temporary, { force: true });
        return "too_large";
      }
      await rename(temporary, path);
      return meter.result();
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

/** Counts and hashes bytes passing through; past the limit it drops them (the source drains). */
function byteMeter(maxBytes: number) {
  const hash = createHash("sha256");
  let sizeBytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      sizeBytes += chunk.length;
      if (sizeBytes > maxBytes) return done();
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return {
    stream,
    isTooLarge: () => sizeBytes > maxBytes,
    result: (): WrittenFile => ({ sizeBytes, sha256: hash.digest("hex") }),
  };
}
