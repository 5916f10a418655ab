import { parentPort, workerData } from "node:worker_threads";
import type { Block } from "./block-template";
import { copyHashes } from "./copy-hashes";

/** What `accord generate` asks of its hashing thread (`copy-hashes.ts`). */
export interface CopyHashesRequest {
  from: number;
  to: number;
}

/** What the hashing thread answers: each copy's hashes, `from` … `to` − 1. */
export type CopyHashesReply =
  | { kind: "hashes"; from: number; hashes: string[] }
  | { kind: "failed"; message: string; stack: string | undefined };

/**
 * `accord generate`'s hashing thread: it computes the hashes of the copies it is asked for (the
 * SHA-256 of every copied ledger event, agreement and check-in answer) while the main thread has
 * SQLite write the copies before them.
 */
const port = parentPort;
if (port) {
  const { block, quoted } = workerData as { block: Block; quoted: string[] };
  port.on("message", ({ from, to }: CopyHashesRequest) => {
    try {
      const hashes: string[] = [];
      for (let copy = from; copy < to; copy++) hashes.push(copyHashes(block, quoted, copy));
      port.postMessage({ kind: "hashes", from, hashes } satisfies CopyHashesReply);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      port.postMessage({
        kind: "failed",
        message: failure.message,
        stack: failure.stack,
      } satisfies CopyHashesReply);
    }
  });
}
