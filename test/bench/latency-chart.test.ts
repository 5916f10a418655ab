import { describe, expect, it } from "vitest";
import { chartPoints, latencyChartSvg } from "../../bench/latency-chart";
import type { CaseResult } from "../../bench/load";
import type { DatabaseReport, RunReport } from "../../bench/report";

function result(name: string, p99Ms: number, failure: string | null = null): CaseResult {
  return {
    name,
    requestsPerSecond: 100,
    p50Ms: p99Ms / 2,
    p95Ms: p99Ms * 0.9,
    p99Ms,
    meanMs: p99Ms / 2,
    latencySamples: 100,
    connections: 10,
    seconds: 1,
    serverRssPeakBytes: null,
    othersCpuShare: null,
    requests: 100,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    failure,
  };
}

function database(engagements: number, cases: CaseResult[]): DatabaseReport {
  return {
    dialect: "sqlite",
    origin: "temp file",
    data: { organisations: 10, users: 100, memberships: 100, engagements, events: 4 * engagements },
    generationSeconds: 1,
    market: null,
    ceiling: null,
    cases,
    rescore: null,
    setupFailure: null,
  };
}

describe("the chart of latency against data size", () => {
  const report: RunReport = {
    startedAt: "2026-12-02T08:00:00.000Z",
    mode: "quick",
    settings: { seconds: 1, warmupSeconds: 1, connections: 10 },
    machine: { node: "v20", platform: "linux-x64", cpus: 2, cpuModel: "cpu", memoryMb: 4096 },
    databases: [
      database(10_000, [
        result("engagement overview", 4),
        result("matches common", 900),
        result("posting a message", 8, "3 non-2xx responses"),
      ]),
      database(1_000_000, [result("engagement overview", 5)]),
    ],
  };

  it("takes each engagement case's p99 per database and size, leaving out matching and failed cases", () => {
    expect(chartPoints([report])).toEqual([
      { series: "engagement overview (sqlite)", engagements: 10_000, ms: 4 },
      { series: "engagement overview (sqlite)", engagements: 1_000_000, ms: 5 },
    ]);
  });

  it("draws one line per series on a logarithmic size axis when sizes span more than tenfold", () => {
    const svg = latencyChartSvg(chartPoints([report]));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("engagements (log scale)");
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain("engagement overview (sqlite): 5.0 ms at 1000000 engagements");
  });

  it("draws single points, and escapes names, when a run has one size", () => {
    const svg = latencyChartSvg([{ series: "a <b> & c", engagements: 1_000, ms: 2 }]);
    expect(svg).not.toContain("<polyline");
    expect(svg).toContain("a &lt;b&gt; &amp; c");
    expect(svg).not.toContain("log scale");
  });
});
