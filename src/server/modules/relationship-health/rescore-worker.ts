import { parentPort, workerData } from "node:worker_threads";
import { sql } from "kysely";
import { cohortFactsOf, type Cohort, type CohortFacts } from "../../../domain/health/cohort";
import { factsFolder } from "../../../domain/health/facts-from-ledger";
import { openDatabase } from "../../db/connect";
import type { Parties } from "./refresh-engagement-health";
import {
  assessBatch,
  foldBatch,
  type AssessedBatch,
  type Folded,
  type OrganisationTotals,
} from "./rescore-batches";

/** What the writer asks of a worker (`rescore-workers.ts`). */
export type WorkerRequest =
  | { kind: "fold"; index: number; batch: Parties[] }
  | { kind: "assess"; indexes: number[]; cohort: Cohort; now: string }
  | { kind: "close" };

/** What a worker answers. */
export type WorkerReply =
  | { kind: "folded"; index: number; events: number; cohortFacts: CohortFacts[] }
  | { kind: "assessed"; index: number; batch: AssessedBatch }
  | { kind: "totals"; totals: OrganisationTotals }
  | { kind: "closed" }
  | { kind: "failed"; message: string; stack: string | undefined };

/**
 * One of `accord rescore`'s worker threads: it folds the batches it is given from the ledgers,
 * on a connection of its own (a SQLite reader beside the writer in WAL mode, or a PostgreSQL
 * connection), keeps their states, sends the writer the facts the cohort reads, and once the
 * cohort is known assesses its batches in increasing order, then sends its engagements' sums of
 * the organisations' shares. It reads only ledgers and what they point to, and writes nothing.
 */
const port = parentPort;
if (port) {
  const { databaseUrl } = workerData as { databaseUrl: string };
  const handle = openDatabase(databaseUrl, { poolSize: 1 });
  const folder = factsFolder();
  const folded = new Map<number, Folded[]>();
  let pending = Promise.resolve();
  const reply = (message: WorkerReply) => port.postMessage(message);
  const handleRequest = async (request: WorkerRequest): Promise<void> => {
    if (request.kind === "fold") {
      if (folded.size === 0 && handle.dialect === "sqlite") {
        // As the writer's connection: every ledger page is read once (see `rescoreAll`).
        await sql`pragma mmap_size = 1073741824`.execute(handle.db);
      }
      const result = await foldBatch(handle.db, request.batch, folder);
      folded.set(request.index, result.folded);
      reply({
        kind: "folded",
        index: request.index,
        events: result.events,
        cohortFacts: result.folded.map((item) => cohortFactsOf(item.state.facts)),
      });
    } else if (request.kind === "assess") {
      const totals: OrganisationTotals = new Map();
      for (const index of request.indexes) {
        const batch = assessBatch(folded.get(index) ?? [], request.cohort, request.now, totals);
        folded.delete(index);
        reply({ kind: "assessed", index, batch });
      }
      reply({ kind: "totals", totals });
    } else {
      await handle.close();
      reply({ kind: "closed" });
      port.close();
    }
  };
  port.on("message", (request: WorkerRequest) => {
    // One request at a time, in the order sent.
    pending = pending
      .then(() => handleRequest(request))
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        reply({ kind: "failed", message: failure.message, stack: failure.stack });
      });
  });
}
