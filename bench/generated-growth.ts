// The growth case on instances `accord generate` made: the overview of the same person's
// engagements, served from a small and a large database in turn, p50/p95/p99 and memory.
//
//   npm run bench:growth -- --database sqlite:/data/10k.db --database sqlite:/data/1m.db
//
// Unlike `npm run bench -- --sizes`, which writes its data with raw inserts for each run (about
// 30 minutes at a million), this reads databases kept between runs, written by the app's own
// use-cases: a million engagements take `accord generate` about 13 minutes here, once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverHeapFlags } from "../bin/server-heap.js";
import { GENERATED_PASSWORD } from "../src/server/generate/generate-instance";
import { measureCase, warmUp, type CaseResult, type LoadCase } from "./load";
import { startCompiledAccord, type ServerProcess } from "./server-process";
import { buildServer } from "./start-up";

/** The first generated organisation is a client; its owner signs in with the shared password. */
const PERSON = { email: "owner0@org0.generated.test", password: GENERATED_PASSWORD };

interface Options {
  databases: string[];
  rounds: number;
  seconds: number;
}

function parseOptions(args: readonly string[]): Options {
  const databases: string[] = [];
  let rounds = 2;
  let seconds = 10;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    if (args[i] === "--database" && value) databases.push(value);
    else if (args[i] === "--rounds" && value) rounds = Number(value);
    else if (args[i] === "--seconds" && value) seconds = Number(value);
    else throw new Error(`unknown or incomplete option: ${args[i]}`);
    i++;
  }
  if (databases.length === 0 || !(rounds >= 1) || !(seconds >= 1)) {
    throw new Error(
      "usage: bench/generated-growth.ts --database <url> [--database <url>…] [--rounds 2] [--seconds 10]",
    );
  }
  return { databases, rounds, seconds };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(PERSON),
  });
  if (response.status !== 200) {
    throw new Error(`sign-in answered ${response.status}: is this an accord generate database?`);
  }
  return response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .join("; ");
}

/** The overview tab of each engagement on the person's first page, as the bench's own case. */
async function overviewCase(url: string, cookie: string): Promise<LoadCase> {
  const response = await fetch(`${url}/api/v1/engagements`, { headers: { cookie } });
  const list = (await response.json()) as { engagements?: { id: string }[] };
  const ids = (list.engagements ?? []).map((engagement) => engagement.id);
  if (ids.length === 0) throw new Error("the generated person has no engagement");
  return {
    name: "engagement overview",
    paths: ids.flatMap((id) => [
      `/api/v1/engagements/${id}`,
      `/api/v1/engagements/${id}/health`,
      `/api/v1/engagements/${id}/events`,
    ]),
    headers: { cookie },
  };
}

async function measureOne(
  databaseUrl: string,
  options: Options,
): Promise<{ result: CaseResult; engagements: number }> {
  const filesDirectory = await mkdtemp(join(tmpdir(), "accord-growth-files-"));
  let server: ServerProcess | null = null;
  try {
    // The heap budget `accord serve` runs with, as the main bench's servers do.
    server = await startCompiledAccord(databaseUrl, {
      filesDirectory,
      nodeFlags: serverHeapFlags([], process.env.NODE_OPTIONS),
    });
    const spec = await overviewCase(server.url, await signIn(server.url));
    const settings = { seconds: options.seconds, warmupSeconds: 3, connections: 50 };
    const failure = await warmUp([server], spec, settings);
    if (failure) throw new Error(failure);
    return {
      result: await measureCase([server], spec, settings),
      engagements: spec.paths.length / 3,
    };
  } finally {
    await server?.stop();
    await rm(filesDirectory, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  buildServer();
  const p99s = new Map<string, number[]>(options.databases.map((url) => [url, []]));
  let failed = false;
  // In turn, round after round, so each database sees the machine's load alike.
  for (let round = 1; round <= options.rounds; round++) {
    for (const url of options.databases) {
      const { result, engagements } = await measureOne(url, options);
      failed ||= result.failure !== null;
      p99s.get(url)!.push(result.p99Ms);
      const rss =
        result.serverRssPeakBytes === null ? "?" : (result.serverRssPeakBytes / 2 ** 20).toFixed(0);
      console.log(
        `round ${round} ${url}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, ` +
          `p95 ${result.p95Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, RSS ${rss} MB, ` +
          `others' CPU ${result.othersCpuShare === null ? "?" : (result.othersCpuShare * 100).toFixed(0)}%, ` +
          `${engagements} engagements visited${result.failure ? `, FAILED: ${result.failure}` : ""}`,
      );
    }
  }
  const [first, ...rest] = options.databases;
  const base = median(p99s.get(first!)!);
  for (const url of rest) {
    const ratio = median(p99s.get(url)!) / base;
    console.log(`median p99 of ${url} / ${first}: ${ratio.toFixed(2)}×`);
  }
  if (failed) process.exitCode = 1;
}

await main();
