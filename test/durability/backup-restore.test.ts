import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import {
  runAccord,
  scratchDatabase,
  startAccordProcess,
  type AccordProcess,
  type ScratchDatabase,
} from "../support/accord-process";
import { startPackagedPostgres } from "../support/debian-postgres";
import {
  checkDatabase,
  invoicingEngagement,
  logIn,
  writeUntilStopped,
  type Acknowledged,
} from "./crash-under-load";

const BIN = join(import.meta.dirname, "../../bin/accord.js");
const OPERATIONS_GUIDE = join(import.meta.dirname, "../../docs/OPERATIONS.md");

interface Load {
  acked: Acknowledged;
  /** A copy of what was acknowledged so far: what a backup taken from now on must hold. */
  snapshot(): Acknowledged;
  /** Resolves once `count` more messages and invoices were acknowledged (bounded). */
  moreWritten(count?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Two clients posting messages and issuing invoices until stopped. */
async function startLoad(accord: AccordProcess): Promise<Load> {
  const session = await logIn(accord.url);
  const engagementId = await invoicingEngagement(accord.url, session);
  const acked: Acknowledged = { messages: new Set(), invoiceNumbers: new Set(), refusals: [] };
  let isStopped = false;
  const workers = [0, 1].map((worker) =>
    writeUntilStopped(accord.url, session, engagementId, acked, () => isStopped, worker),
  );
  return {
    acked,
    snapshot: () => ({
      messages: new Set(acked.messages),
      invoiceNumbers: new Set(acked.invoiceNumbers),
      refusals: [...acked.refusals],
    }),
    async moreWritten(count = 1) {
      const target = { m: acked.messages.size + count, i: acked.invoiceNumbers.size + count };
      const deadline = Date.now() + 600_000;
      while (acked.messages.size < target.m || acked.invoiceNumbers.size < target.i) {
        if (Date.now() > deadline)
          throw new Error(`the write load stalled:\n${accord.output().slice(-5000)}`);
        await sleep(20);
      }
    },
    async stop() {
      isStopped = true;
      await Promise.all(workers);
      expect(acked.refusals, "writes the server refused").toEqual([]);
    },
  };
}

/** The operations guide's PostgreSQL procedure: the first `sh` block after its heading. */
async function postgresProcedure(): Promise<string> {
  const guide = await readFile(OPERATIONS_GUIDE, "utf8");
  const section = guide.slice(guide.indexOf("**PostgreSQL.**"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("docs/OPERATIONS.md has no PostgreSQL backup procedure");
  return block;
}

function runShell(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn("bash", ["-euo", "pipefail", "-c", script], { cwd, env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number; output: string }>((resolve) =>
    child.once("exit", (code) => resolve({ code: code ?? 1, output })),
  );
}

describe("backup and restore under concurrent writes", () => {
  it(
    "`accord backup` of SQLite holds every acknowledged write, numbers without gaps, ledgers intact",
    { timeout: 1_200_000 },
    async () => {
      const database = await scratchDatabase("sqlite");
      const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" });
      try {
        await accord.waitForStatus("/readyz", 200);
        const load = await startLoad(accord);
        await load.moreWritten();
        const before = load.snapshot();
        const file = join(database.directory, "backup.db");
        const backup = await runAccord(database, ["backup", "--out", file]);
        expect(backup.code, backup.stdout).toBe(0);
        // The server went on writing around the backup.
        await load.moreWritten();
        await load.stop();

        const restored: ScratchDatabase = { ...database, url: `sqlite:${file}` };
        const verify = await runAccord(restored, ["verify"]);
        expect(verify.code, verify.stdout).toBe(0);
        expect(verify.stdout).toContain("intact");
        expect(verify.stdout).not.toContain("BROKEN");
        expect(await checkDatabase(restored.url, before)).toEqual([]);
      } finally {
        await accord.kill("SIGKILL");
        await database.drop();
      }
    },
  );

  it(
    "the operations guide's pg_dump and pg_restore procedure restores every acknowledged write with ledgers intact",
    { timeout: 1_200_000 },
    async () => {
      const server = await startPackagedPostgres();
      const directory = await mkdtemp(join(tmpdir(), "accord-pg-backup-"));
      const database: ScratchDatabase = { url: server.url, directory, drop: async () => {} };
      const accord = await startAccordProcess(database, { LOG_LEVEL: "warn" });
      try {
        await accord.waitForStatus("/readyz", 200);
        const load = await startLoad(accord);
        await load.moreWritten();
        const before = load.snapshot();

        // `accord` on the PATH as an operator has it, and the server's own client tools.
        const shims = join(directory, "bin");
        await mkdir(shims);
        await writeFile(
          join(shims, "accord"),
          `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`,
        );
        await chmod(join(shims, "accord"), 0o755);
        const restoredUrl = new URL(server.url);
        restoredUrl.pathname = "/accord_restored";
        const procedure = await runShell(await postgresProcedure(), directory, {
          ...process.env,
          PATH: `${shims}:${server.binDirectory}:${process.env.PATH ?? ""}`,
          ACCORD_DATABASE_URL: server.url,
          RESTORED_DATABASE_URL: restoredUrl.toString(),
          LOG_LEVEL: "warn",
        });
        expect(procedure.code, procedure.output).toBe(0);
        expect(procedure.output).toContain("intact");
        expect(procedure.output).not.toContain("BROKEN");
        await load.moreWritten();
        await load.stop();

        expect(await checkDatabase(restoredUrl.toString(), before)).toEqual([]);
      } finally {
        await accord.kill("SIGKILL");
        await server.stop();
        await rm(directory, { recursive: true, force: true });
      }
    },
  );
});
