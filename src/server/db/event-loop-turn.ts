import { setImmediate } from "node:timers/promises";

/**
 * A turn of the event loop for other requests, between the steps of a long piece of work.
 * better-sqlite3 answers synchronously, so on SQLite a loop of queries runs as one chain of
 * microtasks: without a turn, no request (not even `/readyz`) is served until the loop ends.
 * On PostgreSQL each query already waits on the network; the turn then costs nothing noticeable.
 */
export function giveOtherRequestsATurn(): Promise<void> {
  return setImmediate();
}
