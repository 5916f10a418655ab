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
