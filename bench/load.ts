import autocannon from "autocannon";
import { othersCpuShare, takeCpuSnapshot } from "./machine-load";
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
}

export interface CaseResult {
  name: string;
  requestsPerSecond: number;
  /** autocannon records latency in whole milliseconds; the mean keeps the fraction. */
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Highest resident memory of the server process seen during the measured load. */
  serverRssPeakBytes: number | null;
  /** Share of the machine's CPU that work outside the bench took meanwhile: the noise. */
  othersCpuShare: number | null;
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
  server: ServerProcess,
  spec: LoadCase,
  settings: LoadSettings,
): Promise<string | null> {
  if (settings.warmupSeconds <= 0) return null;
  const failure = describeFailure(
    await fire(server.url, spec, settings.warmupSeconds, settings.connections),
  );
  return failure && `during warm-up: ${failure}`;
}

/** Loads one server with one case from this process, and samples the server's memory meanwhile. */
export async function measureCase(
  server: ServerProcess,
  spec: LoadCase,
  settings: LoadSettings,
): Promise<CaseResult> {
  let rssPeak: number | null = null;
  const sample = async () => {
    const rss = await server.readRss();
    if (rss !== null) rssPeak = Math.max(rssPeak ?? 0, rss);
  };
  const sampler = setInterval(() => void sample(), RSS_SAMPLE_MS);
  const cpuBefore = await takeCpuSnapshot();
  let result: autocannon.Result;
  try {
    result = await fire(server.url, spec, settings.seconds, settings.connections);
  } finally {
    clearInterval(sampler);
  }
  const cpuAfter = await takeCpuSnapshot();
  await sample();

  return {
    name: spec.name,
    // Completed requests over elapsed time: steadier than the mean of per-second samples
    // when a quick run has only one or two of them.
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.mean,
    serverRssPeakBytes: rssPeak,
    othersCpuShare: othersCpuShare(cpuBefore, cpuAfter),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failure: describeFailure(result),
  };
}

function fire(
  baseUrl: string,
  spec: LoadCase,
  seconds: number,
  connections: number,
): Promise<autocannon.Result> {
  const [first] = spec.paths;
  if (first === undefined) throw new Error(`case "${spec.name}" has no path`);
  let next = 0;
  return autocannon({
    url: baseUrl + first,
    connections,
    duration: seconds,
    // A request stuck this long is a failure of the case, not a data point.
    timeout: 10,
    // autocannon notices the end of the duration only at a sample tick (1 s by default), which
    // would stretch short quick-mode runs.
    sampleInt: 100,
    headers: spec.headers ?? {},
    requests:
      spec.paths.length > 1
        ? [
            {
              method: "GET",
              setupRequest: (request) => ({
                ...request,
                path: spec.paths[next++ % spec.paths.length] ?? first,
              }),
            },
          ]
        : [{ method: "GET" }],
  });
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
