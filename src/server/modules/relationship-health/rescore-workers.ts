import type { CohortFacts } from "../../../domain/health/cohort";
import {
  addTotals,
  type AssessedBatch,
  type BatchScorer,
  type OrganisationTotals,
} from "./rescore-batches";
import type { WorkerReply, WorkerRequest } from "./rescore-worker";
import { startWorkerThread } from "../../platform/worker-thread";

/** A promise with its settling functions held outside it. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections are read through `promise` by whoever waits on it; none is left unheard.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * `accord rescore`'s batches spread over `count` worker threads, each with its own connection to
 * `databaseUrl` (`rescore-worker.ts`). Folding: each batch goes to the next idle worker, which
 * keeps its states; the facts the cohort reads come back and are put in batch order, so the
 * cohort is the one a single thread computes. Assessing: each worker assesses the batches it
 * folded, in increasing order, while the writer takes the records batch by batch in order. The
 * records are the same values whichever worker made them (the assessment is a pure function of
 * the folded state, the cohort and `now`), so the stored results do not depend on the
 * interleaving.
 */
export async function workerScorer(databaseUrl: string, count: number): Promise<BatchScorer> {
  const workers = Array.from({ length: count }, () =>
    startWorkerThread(import.meta.url, "rescore-worker", { databaseUrl }),
  );
  let failure: Error | null = null;
  const waiting = new Set<ReturnType<typeof deferred<never>>["reject"]>();
  const failed = deferred<never>();
  waiting.add(failed.reject);
  const fail = (error: Error) => {
    failure ??= error;
    for (const reject of waiting) reject(failure);
  };
  /** Who folded each batch, and each batch's fold and assessment as they come. */
  const owner = new Map<number, number>();
  const folds = new Map<
    number,
    ReturnType<typeof deferred<{ events: number; cohortFacts: CohortFacts[] }>>
  >();
  const assessments = new Map<number, ReturnType<typeof deferred<AssessedBatch>>>();
  const totals = workers.map(() => deferred<OrganisationTotals>());
  for (const each of totals) waiting.add(each.reject);
  const closed = workers.map(() => deferred<void>());
  const idle: number[] = [];
  const idleWaiters: ((worker: number) => void)[] = [];
  const release = (worker: number) => {
    const waiter = idleWaiters.shift();
    if (waiter) waiter(worker);
    else idle.push(worker);
  };
  const nextIdle = (): Promise<number> => {
    const worker = idle.shift();
    if (worker !== undefined) return Promise.resolve(worker);
    return new Promise((resolve) => idleWaiters.push(resolve));
  };
  const entry = <T>(map: Map<number, ReturnType<typeof deferred<T>>>, index: number) => {
    let found = map.get(index);
    if (!found) {
      found = deferred<T>();
      map.set(index, found);
      waiting.add(found.reject);
      if (failure) found.reject(failure);
    }
    return found;
  };
  workers.forEach((worker, number) => {
    worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "folded") {
        entry(folds, reply.index).resolve(reply);
        release(number);
      } else if (reply.kind === "assessed") {
        entry(assessments, reply.index).resolve(reply.batch);
      } else if (reply.kind === "totals") {
        totals[number]?.resolve(reply.totals);
      } else if (reply.kind === "closed") {
        closed[number]?.resolve();
      } else {
        const error = new Error(`rescore worker: ${reply.message}`);
        error.stack = reply.stack ?? error.stack;
        fail(error);
      }
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      closed[number]?.resolve();
      if (code !== 0) fail(new Error(`rescore worker ${number} exited with code ${code}`));
    });
    idle.push(number);
  });
  const send = (worker: number, request: WorkerRequest) => workers[worker]?.postMessage(request);
  let isAssessing = false;

  return {
    async foldAll(batches) {
      for (const [index, batch] of batches.entries()) {
        const worker = await Promise.race([nextIdle(), failed.promise]);
        owner.set(index, worker);
        entry(folds, index);
        send(worker, { kind: "fold", index, batch });
      }
      let events = 0;
      const cohortFacts: CohortFacts[] = [];
      for (const index of batches.keys()) {
        const folded = await entry(folds, index).promise;
        events += folded.events;
        for (const facts of folded.cohortFacts) cohortFacts.push(facts);
      }
      return { events, cohortFacts };
    },
    assessed(index, cohort, now) {
      if (!isAssessing) {
        isAssessing = true;
        workers.forEach((_, worker) => {
          const indexes = [...owner].filter(([, by]) => by === worker).map(([batch]) => batch);
          send(worker, { kind: "assess", indexes: indexes.sort((a, b) => a - b), cohort, now });
        });
      }
      return entry(assessments, index).promise;
    },
    async organisationTotals() {
      const all: OrganisationTotals = new Map();
      for (const each of totals) addTotals(all, await each.promise);
      return all;
    },
    async close() {
      for (const worker of workers.keys()) send(worker, { kind: "close" });
      const timeout = setTimeout(() => {
        for (const worker of workers) void worker.terminate();
      }, 10_000);
      await Promise.all(closed.map((c) => c.promise));
      clearTimeout(timeout);
      // A worker whose connection is closed has nothing left to do; its exit is not waited on.
      for (const worker of workers) void worker.terminate();
    },
  };
}
