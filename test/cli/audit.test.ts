import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { scratchDatabase } from "../support/accord-process";
import { DIALECTS } from "../support/databases";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/accord.js");

async function accord(args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], {
      env: { ...process.env, ACCORD_DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", LANG: "C" },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface Entry {
  occurredAt: string;
  action: string;
  actorUserId: string | null;
  orgId: string | null;
}

const linesOf = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Entry);

/** The audit trail is written by the app and read by an operator with `accord audit`. */
describe.each(DIALECTS)("accord audit on %s", (dialect) => {
  it("shows the newest entries oldest first, of one organisation when asked", async () => {
    const database = await scratchDatabase(dialect, inject("postgresUrl"));
    try {
      expect((await accord(["seed-demo"], database.url)).code).toBe(0);
      const all = linesOf((await accord(["audit", "--limit", "100000"], database.url)).stdout);
      expect(all.map((e) => e.action)).toContain("user.signed_up");
      expect(all.map((e) => e.action)).toContain("org.created");

      const newest = await accord(["audit", "--limit", "3"], database.url);
      expect(newest.code, newest.stderr).toBe(0);
      expect(linesOf(newest.stdout)).toEqual(all.slice(-3));

      const orgId = all.find((e) => e.orgId !== null)!.orgId!;
      const ofOrg = linesOf((await accord(["audit", "--org", orgId], database.url)).stdout);
      expect(ofOrg.length).toBeGreaterThan(0);
      expect(ofOrg.every((e) => e.orgId === orgId)).toBe(true);

      const refused = await accord(["audit", "--limit", "0"], database.url);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("--limit");
    } finally {
      await database.drop();
    }
  });
});
