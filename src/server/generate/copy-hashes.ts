import type { Block } from "./block-template";
import type { CopyHashesReply, CopyHashesRequest } from "./copy-hashes-worker";
import { planCopy } from "./replicate-block";
import { startWorkerThread } from "../platform/worker-thread";

/**
 * Copy number `copy`'s hashes of the block's `quoted` ones (`CopyPlan.hashes`), in that order,
 * as the JSON array that `SqliteCopier.write` takes.
 */
export function copyHashes(block: Block, quoted: readonly string[], copy: number): string {
  const { hashes } = planCopy(block, copy);
  return JSON.stringify(quoted.map((hash) => hashes.get(hash)));
}

/** The copies' hashes, computed apart from the thread that writes the copies. */
export interface CopyHashesAhead {
  /** Copies `from` … `to` − 1's hashes (`copyHashes`); one range asked at a time. */
  hashes(from: number, to: number): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The copies' hashes from a worker thread (`copy-hashes-worker.ts`): hashing is a tenth of the
 * copies' work, and asked for the next copies before SQLite writes the current ones, it runs on
 * the machine's other core meanwhile. Only the tables whose rows are hashed go to the worker.
 */
export function copyHashesAhead(block: Block, quoted: readonly string[]): CopyHashesAhead {
  const hashed: Block = { ...block, tables: block.tables.filter((table) => table.hashed) };
  const worker = startWorkerThread(import.meta.url, "copy-hashes-worker", {
    block: hashed,
    quoted,
  });
  let waiting: { resolve: (hashes: string[]) => void; reject: (error: Error) => void } | null =
    null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on("message", (reply: CopyHashesReply) => {
    if (reply.kind === "failed") {
      const error = new Error(`generate: hashing thread: ${reply.message}`);
      error.stack = reply.stack ?? error.stack;
      fail(error);
      return;
    }
    waiting?.resolve(reply.hashes);
    waiting = null;
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`generate: hashing thread exited with code ${code}`)));
  return {
    hashes(from, to) {
      if (failure) return Promise.reject(failure);
      if (waiting) return Promise.reject(new Error("generate: one range of hashes at a time"));
      const promise = new Promise<string[]>((resolve, reject) => (waiting = { resolve, reject }));
      // A rejection is read by whoever awaits the promise; one asked ahead and never awaited
      // (the copies failed first) is not left unheard.
      promise.catch(() => undefined);
      worker.postMessage({ from, to } satisfies CopyHashesRequest);
      return promise;
    },
    async close() {
      failure ??= new Error("generate: hashing thread closed");
      await worker.terminate();
    },
  };
}
