import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LedgerExport } from "../../src/contracts/engagements";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/accord.js");

/** Runs `accord …` as an operator would, against a SQLite file; never throws on exit codes. */
async function accord(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the accord command", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "accord-cli-"));
    env = { ACCORD_DATABASE_URL: `sqlite:${join(dir, "accord.db")}`, LOG_LEVEL: "warn" };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("migrates, seeds the demo once, and verifies every ledger as intact", async () => {
    expect((await accord(["migrate"], env)).stdout).toContain("Applied 0001-foundation");
    const seeded = await accord(["seed-demo"], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain("claire@northwind.demo");
    expect((await accord(["seed-demo"], env)).code).toBe(1);
    const verified = await accord(["verify"], env);
    expect(verified.code).toBe(0);
    // Four engagements by invitation, one born of an accepted proposal with a signed agreement
    // (4 events) and delivery under way (two rounds, an evaluation, a priced change: 5 more),
    // and a design engagement (4) with three milestones accepted (9), invoiced (3) and two
    // payments recorded and confirmed (4), then reviewed (2 reviews, published, a reply), a
    // case from the reply, a message reported and decided (5), and the health warnings its
    // history raised and cleared on the way (4, the client's low private rating revealed with
    // the reviews among them); and three engagements for relationship
    // health (a healthy one, one with scope creep, one with a late provider).
    expect(verified.stdout.match(/: intact/g)?.length).toBe(13);
    expect(verified.stdout).toContain("intact (9 events");
    expect(verified.stdout).toContain("intact (31 events");
  });

  it("exports a ledger that verifies offline, and names the first tampered event", async () => {
    const listing = await accord(["verify"], env);
    const engagementId = /engagement ([0-9a-f-]{36}): intact \(2 events/.exec(listing.stdout)?.[1];
    expect(engagementId).toBeDefined();
    const file = join(dir, "ledger.json");
    expect((await accord(["export", "--engagement", engagementId!, "--out", file], env)).code).toBe(
      0,
    );
    const offline = await accord(["verify", "--file", file], {
      ACCORD_DATABASE_URL: "sqlite:/nonexistent/never-opened.db",
    });
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain("intact (2 events");

    const exported = JSON.parse(await readFile(file, "utf8")) as LedgerExport;
    exported.events[1]!.payload = { ...exported.events[1]!.payload, orgName: "Someone Else" };
    await writeFile(file, JSON.stringify(exported));
    const tampered = await accord(["verify", "--file", file], env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(
      `BROKEN at event #2 (${exported.events[1]!.id}): hash mismatch`,
    );
  });

  it("keeps the reference rates late interest reads, as operators set them", async () => {
    const set = await accord(["rates", "set", "eur", "2027-01-01", "2.40"], env);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe("EUR reference rate from 2027-01-01: 2.40 %\n");
    const midYear = await accord(["rates", "set", "EUR", "2027-03-15", "2.65"], env);
    expect(midYear.stdout).toContain("so it counts from 2027-07-01");
    expect((await accord(["rates", "compensation", "GBP", "35"], env)).code).toBe(0);
    const listed = await accord(["rates", "list"], env);
    expect(listed.stdout).toContain(
      "EUR 2026-07-01 2.15 %\nEUR 2027-01-01 2.40 %\nEUR 2027-03-15 2.65 %",
    );
    expect(listed.stdout).toContain("EUR recovery compensation 40.00");
    expect(listed.stdout).toContain("GBP recovery compensation 35.00");
    for (const bad of [
      ["rates", "set", "EURO", "2027-01-01", "2.40"],
      ["rates", "set", "EUR", "2027-02-30", "2.40"],
      ["rates", "set", "EUR", "2027-01-01", "2,40"],
      ["rates", "compensation", "EUR", "40.001"],
    ]) {
      const refused = await accord(bad, env);
      expect(refused.code, bad.join(" ")).toBe(2);
      expect(refused.stderr.length).toBeGreaterThan(0);
    }
  });

  it("backs up SQLite online and tells PostgreSQL users to use pg_dump", async () => {
    const out = join(dir, "backup.db");
    const backup = await accord(["backup", "--out", out], env);
    expect(backup.code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(0);
    const pg = await accord(["backup", "--out", out], {
      ACCORD_DATABASE_URL: "postgres://u:p@127.0.0.1:1/x",
    });
    expect(pg.code).toBe(2);
    expect(pg.stderr).toContain("pg_dump");
  });

  // Each run starts a Node process with the TypeScript loader: a few runs, a generous timeout.
  it("moves a test clock only where ACCORD_TEST_CLOCK=true, and says why otherwise", async () => {
    const refused = await accord(["clock", "advance", "15d"], { ...env, LANG: "fr_FR.UTF-8" });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("horloge de test");
    expect(refused.stderr).toContain("ACCORD_TEST_CLOCK=true");

    const sandbox = { ...env, ACCORD_TEST_CLOCK: "true" };
    const moved = await accord(["clock", "advance", "15d"], sandbox);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stdout).toContain("15d ahead of real time");
    expect((await accord(["clock", "show"], sandbox)).stdout).toContain("15d ahead");
  });

  it("seeds the demo at a sandbox's test-clock time, as serve does", async () => {
    const file = join(dir, "sandbox.db");
    const sandbox = {
      ACCORD_DATABASE_URL: `sqlite:${file}`,
      LOG_LEVEL: "warn",
      ACCORD_TEST_CLOCK: "true",
    };
    expect((await accord(["migrate"], sandbox)).code).toBe(0);
    expect((await accord(["clock", "advance", "30d"], sandbox)).code).toBe(0);
    const before = Date.now();
    const seeded = await accord(["seed-demo"], sandbox);
    expect(seeded.code, seeded.stderr).toBe(0);
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare("select min(created_at) as first from users").get() as {
        first: string;
      };
      // Thirty days ahead of real time, give or take the run's own seconds.
      const aheadMs = new Date(row.first).getTime() - before;
      expect(aheadMs).toBeGreaterThan(29 * 24 * 3600 * 1000);
      expect(aheadMs).toBeLessThan(31 * 24 * 3600 * 1000);
    } finally {
      db.close();
    }
  });
});
