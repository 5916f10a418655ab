import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EngagementArchive } from "../../src/contracts/archive";
import { buildTestApp, type TestApp } from "../support/test-app";
import { buildAcceptedEngagement } from "../api/api-fixtures";
import { postMessage } from "../api/collaboration/collaboration-fixtures";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/accord.js");
/** Offline: the verifier must never need a database to check a downloaded archive. */
const NO_DATABASE = { ACCORD_DATABASE_URL: "sqlite:/nonexistent/never-opened.db" };

/** Runs the CLI as an operator whose system speaks `lang` (English unless told). */
async function accord(args: string[], lang = "en_GB.UTF-8") {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], {
      env: { ...process.env, ...NO_DATABASE, LOG_LEVEL: "warn", LANG: lang, LC_ALL: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("accord verify --file on a downloaded engagement archive", () => {
  let t: TestApp;
  let dir: string;
  let archive: EngagementArchive;
  beforeAll(async () => {
    t = await buildTestApp("sqlite");
    dir = await mkdtemp(join(tmpdir(), "accord-archive-"));
    const w = await buildAcceptedEngagement(t, { title: "Shop redesign" });
    await postMessage(t, w.provider, w.engagement.id, "Kick-off on Monday?");
    const response = await w.client.client.get(`/api/v1/engagements/${w.engagement.id}/archive`);
    expect(response.statusCode, response.body).toBe(200);
    archive = response.json<EngagementArchive>();
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function save(name: string, content: EngagementArchive): Promise<string> {
    const file = join(dir, name);
    await writeFile(file, JSON.stringify(content, null, 2));
    return file;
  }

  it("verifies the archive's ledger offline, and proves a head hash it was shown", async () => {
    const file = await save("archive.json", archive);
    const head = archive.ledger.events.at(-1)!.hash;

    const verified = await accord(["verify", "--file", file]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(
      `(engagement ${archive.engagement.id}): intact (${archive.ledger.events.length} events`,
    );

    const witnessed = await accord(["verify", "--file", file, "--head", head]);
    expect(witnessed.code, witnessed.stderr).toBe(0);
    expect(witnessed.stdout).toContain(`is event #${archive.ledger.events.length}`);
  });

  it("names the event whose payload was altered in the archive", async () => {
    const tampered = structuredClone(archive);
    const second = tampered.ledger.events[1]!;
    second.payload = { ...second.payload, orgName: "Someone Else" };
    const file = await save("tampered.json", tampered);

    const verified = await accord(["verify", "--file", file]);

    expect(verified.code).toBe(1);
    expect(verified.stdout).toContain(`BROKEN at event #2 (${second.id}): hash mismatch`);
  });

  it("writes its verdicts in the operator's language, as the e-mails that point to it are", async () => {
    const file = await save("archive-de.json", archive);
    const count = archive.ledger.events.length;
    const head = archive.ledger.events.at(-1)!.hash;

    const verified = await accord(["verify", "--file", file], "de_DE.UTF-8");
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(
      `(Auftrag ${archive.engagement.id}): intakt (${count} Ereignisse, Kopf ${head.slice(0, 16)}`,
    );
    const witnessed = await accord(["verify", "--file", file, "--head", "0".repeat(64)], "id_ID");
    expect(witnessed.code).toBe(1);
    expect(witnessed.stdout).toContain("TIDAK TERSAKSIKAN: kepala tidak ada dalam rantai");

    const tampered = structuredClone(archive);
    const second = tampered.ledger.events[1]!;
    second.payload = { ...second.payload, orgName: "Someone Else" };
    const broken = await accord(["verify", "--file", await save("t-es.json", tampered)], "es_ES");
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`ROTO en el evento n.º 2 (${second.id}): el hash no coincide`);
  });
});
