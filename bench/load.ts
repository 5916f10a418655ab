import autocannon from "autocannon";
import { othersCpuShare, takeCpuSnapshot, takeServerCpuSnapshot } from "./machine-load";
import type { ServerProcess } from "./server-process";

export interface LoadSettings {
  seconds: number;
  /**
   * Unmeasured load per case before any is measured: a fresh server needs a few thousand
   * requests before its JIT, pools and caches settle, and without it the first case measured
   * would pay for the others.
   */
  warmupSeconds: number;
  connections: number;
}

export interface LoadCase {
  name: string;
  /** Paths taken in turn across all connections, e.g. one engagement after another. */
  paths: readonly string[];
  headers?: Record<string, string>;
  /** A write: POST with this JSON body to each path in turn (GET without). */
  postBody?: unknown;
  /** A write with a body of its own per path (`postBodies[i]` to `paths[i]`), instead of `postBody`. */
  postBodies?: readonly unknown[];
  /**
   * Each path can be sent once only (it uses something up, such as a submission in review):
   * the warm-up sends the first `warmupRequests` paths, the measured run every other path once
   * and stops when all are answered, instead of after `seconds`.
   */
  isOneShot?: boolean;
  /**
   * Overrides of the run's settings for a case whose requests take long: with 50 connections
   * on a route taking a second, latency would measure the queue, not the route.
   */
  connections?: number;
  seconds?: number;
  /**
   * Warm up with this many requests instead of the run's warm-up seconds: a request that takes
   * longer than those would never complete, and the warm-up would count as failed.
   */
  warmupRequests?: number;
}

export interface CaseResult {
  name: string;
  requestsPerSecond: number;
  /**
   * Percentiles (nearest rank) of the 2xx responses' latencies, each timed by autocannon from
   * sending the request to the end of the response, as it feeds its own histogram but without
   * rounding to whole milliseconds, and with p95, which autocannon's summary lacks.
   */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  /** How many latencies the percentiles come from. */
  latencySamples: number;
  connections: number;
  seconds: number;
  /** Highest resident memory of any one server process seen during the measured load. */
  serverRssPeakBytes: number | null;
  /** Share of the machine's CPU that work outside the bench took meanwhile: the noise. */
  othersCpuShare: number | null;
  /**
   * CPU of the Accord servers' processes per completed request, µs (all servers together), and
   * of the bench's other processes but the load generator: PostgreSQL's server and backends
   * (about nothing on SQLite). From /proc's clock ticks of 10 ms; null where it is missing.
   */
  serverCpuMicrosPerRequest?: number | null;
  databaseCpuMicrosPerRequest?: number | null;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Why the case does not count, or null when every request succeeded. */
  failure: string | null;
}

const RSS_SAMPLE_MS = 200;

/** Load whose figures are thrown away; returns why it failed, as failures count there too. */
export async function warmUp(
  servers: readonly ServerProcess[],
  spec: LoadCase,
  settings: LoadSettings,
): Promise<string | null> {
  const length: RunLength = spec.warmupRequests
    ? { requests: spec.warmupRequests }
    : { seconds: settings.warmupSeconds };
  if ((length.requests ?? length.seconds ?? 0) <= 0) return null;
  const connections = spec.connections ?? settings.connections;
  let result = await fire(servers, spec, length, connections).result;
  // A one-shot case has no path left to send a second time.
  if (spec.isOneShot) return oneShotFailure(result, length.requests ?? 0);
  // On a loaded machine the server may still be answering the previous case's queued requests
  // when a timed warm-up ends: then it goes on until each connection has had one answer.
  if (length.seconds !== undefined && result.requests.total === 0) {
    result = await fire(servers, spec, { requests: connections }, connections).result;
  }
  const failure = describeFailure(result);
  return failure && `during warm-up: ${failure}`;
}

/**
 * Loads the servers with one case from this process (the connections spread evenly over them,
 * as a load balancer would), and samples each server's memory meanwhile.
 */
export async function measureCase(
  servers: readonly ServerProcess[],
  spec: LoadCase,
  settings: LoadSettings,
): Promise<CaseResult> {
  let rssPeak: number | null = null;
  const sample = async () => {
    for (const server of servers) {
      const rss = await server.readRss();
      if (rss !== null) rssPeak = Math.max(rssPeak ?? 0, rss);
    }
  };
  const sampler = setInterval(() => void sample(), RSS_SAMPLE_MS);
  const seconds = spec.seconds ?? settings.seconds;
  const connections = spec.connections ?? settings.connections;
  const cpuBefore = await takeCpuSnapshot();
  const serverCpuBefore = await takeServerCpuSnapshot(servers.map((server) => server.pid));
  let result: autocannon.Result;
  let latencies: Float64Array;
  try {
    const run = spec.isOneShot
      ? fire(servers, spec, { requests: oneShotRequests(spec) }, connections, spec.warmupRequests)
      : fire(servers, spec, { seconds }, connections);
    result = await run.result;
    latencies = run.latencies();
  } finally {
    clearInterval(sampler);
  }
  const cpuAfter = await takeCpuSnapshot();
  const serverCpuAfter = await takeServerCpuSnapshot(servers.map((server) => server.pid));
  await sample();
  const perRequest = (ticks: number) =>
    result.requests.total > 0 ? (ticks * MICROS_PER_TICK) / result.requests.total : null;

  latencies.sort();
  return {
    name: spec.name,
    // Completed requests over elapsed time: steadier than the mean of per-second samples
    // when a quick run has only one or two of them.
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    meanMs:
      latencies.length > 0 ? latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length : 0,
    latencySamples: latencies.length,
    connections,
    // A one-shot run lasts as long as its requests take.
    seconds: spec.isOneShot ? result.duration : seconds,
    serverRssPeakBytes: rssPeak,
    othersCpuShare: othersCpuShare(cpuBefore, cpuAfter),
    serverCpuMicrosPerRequest:
      serverCpuBefore && serverCpuAfter
        ? perRequest(serverCpuAfter.serverTicks - serverCpuBefore.serverTicks)
        : null,
    databaseCpuMicrosPerRequest:
      serverCpuBefore && serverCpuAfter
        ? perRequest(serverCpuAfter.databaseTicks - serverCpuBefore.databaseTicks)
        : null,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failure: spec.isOneShot
      ? oneShotFailure(result, oneShotRequests(spec))
      : describeFailure(result),
  };
}

/** Linux's clock tick, in µs (`getconf CLK_TCK`: 100). */
const MICROS_PER_TICK = 10_000;

/** The measured requests of a one-shot case: every path the warm-up left. */
function oneShotRequests(spec: LoadCase): number {
  return spec.paths.length - (spec.warmupRequests ?? 0);
}

/** A one-shot run fails unless exactly its requests were answered, each with a 2xx. */
function oneShotFailure(result: autocannon.Result, expected: number): string | null {
  const failure = describeFailure(result);
  const answered = result.requests.total;
  const count = answered === expected ? null : `${answered} answers to ${expected} requests`;
  return [failure, count].filter(Boolean).join("; ") || null;
}

/** A case that could not be measured, reported as failed with no figures. */
export function failedCase(spec: LoadCase, failure: string): CaseResult {
  return {
    name: spec.name,
    requestsPerSecond: 0,
    p50Ms: 0,
    p95Ms: 0,
    p99Ms: 0,
    meanMs: 0,
    latencySamples: 0,
    connections: spec.connections ?? 0,
    seconds: spec.seconds ?? 0,
    serverRssPeakBytes: null,
    othersCpuShare: null,
    requests: 0,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    failure,
  };
}

/** The smallest latency with at least `percent`% of the sorted latencies at or below it. */
function percentile(sorted: Float64Array, percent: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)] ?? 0;
}

/** Grows as responses arrive; a run of the ceiling records a few hundred thousand. */
class LatencyLog {
  private values = new Float64Array(4096);
  private length = 0;

  add(ms: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = ms;
  }

  snapshot(): Float64Array {
    return this.values.slice(0, this.length);
  }
}

/** autocannon takes several URLs (lib/url.js `ofURL`); its typings still say one string. */
type MultiUrlOptions = Omit<autocannon.Options, "url"> & { url: string | string[] };

/** A run lasts so many seconds, or until so many requests have been answered. */
type RunLength = { seconds: number; requests?: never } | { requests: number; seconds?: never };

function fire(
  servers: readonly ServerProcess[],
  spec: LoadCase,
  length: RunLength,
  connections: number,
  /** The path (and body) the first request takes, for a one-shot case's measured run. */
  offset = 0,
): { result: Promise<autocannon.Result>; latencies: () => Float64Array } {
  const first = spec.paths[offset];
  if (first === undefined) throw new Error(`case "${spec.name}" has no path ${offset}`);
  if (spec.isOneShot && offset + (length.requests ?? Infinity) > spec.paths.length) {
    throw new Error(`case "${spec.name}" has fewer paths than requests: each is sent once`);
  }
  const bodyAt = (index: number) =>
    JSON.stringify(spec.postBodies ? spec.postBodies[index] : spec.postBody);
  const isPost = spec.postBody !== undefined || spec.postBodies !== undefined;
  let next = offset;
  let settle: { resolve(result: autocannon.Result): void; reject(error: unknown): void };
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // The callback form returns the instance, whose events the promise form's typings hide.
  const options: MultiUrlOptions = {
    // autocannon gives each URL its share of the connections; each keeps to its server.
    url: servers.length === 1 ? `${servers[0]?.url}${first}` : servers.map((s) => s.url + first),
    // autocannon refuses more connections than requests.
    connections: Math.min(connections, length.requests ?? connections),
    ...(length.requests === undefined ? { duration: length.seconds } : { amount: length.requests }),
    // A request stuck this long is a failure of the case, not a data point.
    timeout: 10,
    // autocannon notices the end of the duration only at a sample tick (1 s by default), which
    // would stretch short quick-mode runs.
    sampleInt: 100,
    headers: {
      ...spec.headers,
      ...(isPost && { "content-type": "application/json" }),
    },
    requests: [
      {
        method: isPost ? "POST" : "GET",
        ...(isPost && { body: bodyAt(offset) }),
        ...(spec.paths.length > 1 && {
          setupRequest: (request: autocannon.Request) => {
            const index = next++ % spec.paths.length;
            return {
              ...request,
              path: spec.paths[index] ?? first,
              ...(spec.postBodies && { body: bodyAt(index) }),
            };
          },
        }),
      },
    ],
  };
  const instance = autocannon(
    options as autocannon.Options,
    (error: unknown, done: autocannon.Result) =>
      error ? settle.reject(error) : settle.resolve(done),
  );
  // The same time autocannon's histogram gets (send to end of response, 2xx only), unrounded.
  const log = new LatencyLog();
  instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) log.add(responseTimeMs);
  });
  return { result, latencies: () => log.snapshot() };
}

function describeFailure(result: autocannon.Result): string | null {
  const problems: string[] = [];
  if (result.requests.total === 0) problems.push("no request completed");
  if (result.non2xx > 0) {
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, stats]) => `${status}×${stats.count ?? 0}`)
      .join(", ");
    problems.push(`${result.non2xx} non-2xx responses${statuses ? ` (${statuses})` : ""}`);
  }
  if (result.errors > 0)
    problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  return problems.length > 0 ? problems.join("; ") : null;
}
