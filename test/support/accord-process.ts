import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type { DialectName } from "../../src/server/db/connect";
import { serverHeapFlags } from "../../bin/server-heap.js";
import { freePort } from "./embedded-postgres";

const BIN = join(import.meta.dirname, "../../bin/accord.js");
let databaseCounter = 0;

/** A database of its own for Accord processes: a SQLite file, or a new PostgreSQL database. */
export interface ScratchDatabase {
  url: string;
  directory: string;
  drop(): Promise<void>;
}

/** `postgresBaseUrl`: the server to create the database on (tests: `inject("postgresUrl")`). */
export async function scratchDatabase(
  dialect: DialectName,
  postgresBaseUrl?: string,
): Promise<ScratchDatabase> {
  const directory = await mkdtemp(join(tmpdir(), "accord-process-"));
  if (dialect === "sqlite") {
    return {
      url: `sqlite:${join(directory, "accord.db")}`,
      directory,
      drop: () => rm(directory, { recursive: true, force: true }),
    };
  }
  // A whole database (not a schema), since `accord serve` migrates the default schema.
  if (!postgresBaseUrl) throw new Error("a PostgreSQL scratch database needs a server URL");
  const base = new URL(postgresBaseUrl);
  const name = `accord_p_${process.pid}_${Date.now().toString(36)}_${databaseCounter++}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  url.searchParams.delete("options");
  return {
    url: url.toString(),
    directory,
    async drop() {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * How long a wait for a child process may last by default. Only a hang should reach it: with
 * other work on the machine, seeding the demo or starting after a SIGKILL can take minutes.
 */
const PROCESS_WAIT_MS = 600_000;

/** `accord serve` as an operator runs it, in a child process the test can kill. */
export interface AccordProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves once the process printed `text` (or rejects if it exits first). */
  waitForOutput(text: string, boundMs?: number): Promise<void>;
  /** Resolves once GET `path` answers `status`. */
  waitForStatus(path: string, status: number, boundMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function startAccordProcess(
  database: ScratchDatabase,
  env: Record<string, string> = {},
  args: string[] = [],
  /** Another build's entry (its `dist/server/accord.js`), to compare two builds. */
  bin: string = BIN,
): Promise<AccordProcess> {
  const port = await freePort();
  // With the heap budget given here, as `npm start` gives it, `child` is the server itself.
  const heapFlags = serverHeapFlags([], process.env.NODE_OPTIONS);
  const child = spawn(process.execPath, [...heapFlags, bin, "serve", ...args], {
    env: {
      ...process.env,
      ACCORD_DATABASE_URL: database.url,
      ACCORD_FILES_DIR: join(database.directory, "files"),
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  async function until(what: string, boundMs: number, check: () => Promise<boolean> | boolean) {
    const deadline = Date.now() + boundMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      if (hasExited()) throw new Error(`accord exited before ${what}:\n${output}`);
      await sleep(20);
    }
    throw new Error(`accord did not reach ${what} within ${boundMs} ms:\n${output}`);
  }
  return {
    url,
    child,
    output: () => output,
    waitForOutput: (text, boundMs = PROCESS_WAIT_MS) =>
      until(`"${text}"`, boundMs, () => output.includes(text)),
    waitForStatus: (path, status, boundMs = PROCESS_WAIT_MS) =>
      until(`${path} ${status}`, boundMs, async () => {
        try {
          return (await fetch(url + path)).status === status;
        } catch {
          return false;
        }
      }),
    async kill(signal) {
      if (!hasExited()) child.kill(signal);
      await exited;
    },
  };
}

/** Runs `accord …` to its end against the database; never throws on the exit code. */
export async function runAccord(
  database: ScratchDatabase,
  args: string[],
): Promise<{ code: number; stdout: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ACCORD_DATABASE_URL: database.url, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
  return { code, stdout };
}
