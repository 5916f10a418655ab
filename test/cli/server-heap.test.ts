import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SERVER_OLD_SPACE_MB,
  SERVER_SEMI_SPACE_MB,
  serverHeapFlags,
} from "../../bin/server-heap.js";
import { freePort } from "../support/embedded-postgres";
import { scratchDatabase, type ScratchDatabase } from "../support/accord-process";

const BIN = join(import.meta.dirname, "../../bin/accord.js");
const BUDGET = [
  `--max-old-space-size=${SERVER_OLD_SPACE_MB}`,
  `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
];
/** Only a hang reaches it: a loaded machine can take a while to migrate and start. */
const WAIT_MS = 120_000;

describe("the server's heap budget", () => {
  it("is given unless the operator set a heap size in NODE_OPTIONS or on the command line", () => {
    expect(serverHeapFlags([], undefined)).toEqual(BUDGET);
    expect(serverHeapFlags(["--enable-source-maps"], "--trace-warnings")).toEqual(BUDGET);
    expect(serverHeapFlags([], "--max-old-space-size=1024")).toEqual([]);
    expect(serverHeapFlags(["--max-semi-space-size=16"], undefined)).toEqual([]);
    expect(serverHeapFlags(["--max-heap-size=512"], "")).toEqual([]);
  });

  describe("`accord serve` started without one", () => {
    let database: ScratchDatabase;
    beforeAll(async () => {
      database = await scratchDatabase("sqlite");
    });
    afterAll(async () => {
      await database.drop();
    });

    it("runs the server under the budget, and a SIGKILL of the command ends the server too", async () => {
      const port = await freePort();
      const { NODE_OPTIONS: _inherited, ...env } = process.env;
      const command = spawn(process.execPath, [BIN, "serve", "--no-demo"], {
        env: {
          ...env,
          ACCORD_DATABASE_URL: database.url,
          PORT: String(port),
          HOST: "127.0.0.1",
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const exited = new Promise<void>((resolve) => command.once("exit", () => resolve()));
      try {
        await until(async () => {
          const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
            (response) => response.status,
            () => 0,
          );
          return status === 200;
        });
        const [server] = await childrenOf(command.pid ?? 0);
        expect(server).toBeDefined();
        const argv = (await readFile(`/proc/${server}/cmdline`, "utf8")).split("\0");
        expect(argv).toEqual(expect.arrayContaining([...BUDGET, BIN, "serve", "--no-demo"]));

        command.kill("SIGKILL");
        await exited;
        await until(async () => !(await isRunning(server ?? 0)));
        expect(await isRunning(server ?? 0)).toBe(false);
      } finally {
        command.kill("SIGKILL");
      }
    });
  });
});

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${WAIT_MS} ms`);
    await sleep(50);
  }
}

async function childrenOf(pid: number): Promise<number[]> {
  const listed = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8");
  return listed.split(" ").filter(Boolean).map(Number);
}

/** Running, and not a zombie waiting for its parent to read its exit. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}
