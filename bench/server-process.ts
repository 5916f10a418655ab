import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ReadyMessage } from "./server-child";

const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory of the server process alone, in bytes; null where /proc is missing. */
  readRss(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Runs a bench server in its own process, so its memory is measured alone and the load
 * generator never shares its event loop. Resolves once the child reports its URL.
 */
export async function startServerProcess(
  script: string,
  args: string[] = [],
  options: { nodeFlags?: string[] } = {},
): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), "--import", "tsx", entry, ...args],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${script}`);
  try {
    const url = await waitForReady(child, script);
    return { url, pid, readRss: () => readRss(pid), stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function waitForReady(child: ChildProcess, script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    child.on("message", (message: ReadyMessage) => {
      if (message.type !== "ready") return;
      clearTimeout(timer);
      resolve(message.url);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

const RUNNING_AT = /Accord is running at (http:\/\/\S+)/;

/**
 * Accord as operators run it: `accord serve --no-demo` from the compiled build (which the bench
 * makes first), on `databaseUrl`, a free port, silent logs and the outbox for mail. Resolves
 * once the server says where it listens and `/readyz` answers 200.
 */
export async function startCompiledAccord(
  databaseUrl: string,
  options: { nodeFlags?: string[]; filesDirectory: string },
): Promise<ServerProcess> {
  const entry = fileURLToPath(new URL("./compiled-serve.js", import.meta.url));
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), entry, "serve", "--no-demo"],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ACCORD_DATABASE_URL: databaseUrl,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        ACCORD_MAIL: "outbox",
        ACCORD_SEED_DEMO: "never",
        ACCORD_FILES_DIR: options.filesDirectory,
      },
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start accord serve");
  try {
    const url = await waitForUrl(child);
    await waitForReadyz(child, url);
    return { url, pid, readRss: () => readRss(pid), stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(
      () => reject(new Error(`accord serve did not listen within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      const url = RUNNING_AT.exec(printed)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve(url);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`accord serve exited before it listened (code ${code}, signal ${signal})`));
    });
  });
}

async function waitForReadyz(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`accord serve at ${url} was not ready within ${READY_TIMEOUT_MS} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function readRss(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kilobytes = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kilobytes === undefined ? null : Number(kilobytes) * 1024;
  } catch {
    return null;
  }
}
