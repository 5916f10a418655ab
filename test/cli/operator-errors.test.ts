import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/embedded-postgres";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/accord.js");

/** `accord …` in French, with this environment; never throws on exit codes. */
async function accord(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: "warn", LANG: "fr_FR.UTF-8", LC_ALL: "", ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const NO_STACK = /\n\s+at |node_modules|dist\/server/;

/**
 * An operator's mistake in the environment (a database that cannot be reached or opened, a URL
 * Accord cannot use, a bad setting) is said in one localised sentence, without a stack trace
 * or a line of the compiled bundle, whatever the command.
 */
describe("the accord command, when the environment is wrong", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "accord-operator-errors-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([["migrate"], ["generate", "--orgs", "2", "--engagements", "1"], ["serve"]])(
    "says that PostgreSQL cannot be reached (%s), without the password",
    async (...args) => {
      const port = await freePort();
      const refused = await accord(args, {
        ACCORD_DATABASE_URL: `postgres://accord:s3cret@127.0.0.1:${port}/accord`,
        PORT: String(await freePort()),
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("ne parvient pas à ouvrir la base de données");
      expect(refused.stderr).toContain(`postgres://accord:***@127.0.0.1:${port}/accord`);
      expect(refused.stderr).toContain("ECONNREFUSED");
      expect(refused.stderr).not.toContain("s3cret");
      expect(refused.stderr).not.toMatch(NO_STACK);
    },
  );

  it("says that a SQLite file cannot be opened, or is not a database", async () => {
    const file = join(dir, "not-a-directory");
    await writeFile(file, "plain text");
    const underFile = await accord(["migrate"], {
      ACCORD_DATABASE_URL: `sqlite:${join(file, "accord.db")}`,
    });
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toContain("ne parvient pas à ouvrir la base de données");
    expect(underFile.stderr).not.toMatch(NO_STACK);

    const garbage = join(dir, "garbage.db");
    await writeFile(garbage, "x".repeat(8192));
    const notDatabase = await accord(["verify"], { ACCORD_DATABASE_URL: `sqlite:${garbage}` });
    expect(notDatabase.code).toBe(1);
    expect(notDatabase.stderr).toContain("ne parvient pas à ouvrir la base de données");
    expect(notDatabase.stderr).not.toMatch(NO_STACK);
  });

  it("names a database URL it cannot use and a bad setting, as usage errors", async () => {
    const mysql = await accord(["generate", "--orgs", "2", "--engagements", "1"], {
      ACCORD_DATABASE_URL: "mysql://root:pw@db/accord",
    });
    expect(mysql.code).toBe(2);
    expect(mysql.stderr).toContain("ACCORD_DATABASE_URL");
    expect(mysql.stderr).toContain("sqlite:");
    expect(mysql.stderr).not.toContain(":pw@");
    expect(mysql.stderr).not.toMatch(NO_STACK);

    const port = await accord(["migrate"], {
      ACCORD_DATABASE_URL: `sqlite:${join(dir, "ok.db")}`,
      PORT: "abc",
    });
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("configuration");
    expect(port.stderr).toContain("PORT");
    expect(port.stderr).not.toMatch(NO_STACK);
  });
});

/** Commander's own refusals, in the operator's language, as usage errors (exit 2). */
describe("the accord command, when it is called wrongly", () => {
  const env = { ACCORD_DATABASE_URL: "sqlite:/nonexistent/never-opened.db" };
  it.each([
    { args: ["generate", "--sede", "3"], words: ["--sede", "accord generate --help"] },
    { args: ["rates", "set"], words: ["accord rates set", "currency"] },
    { args: ["rates", "set", "EUR", "2027-01-01", "2.40", "extra"], words: ["accord rates set"] },
    { args: ["verify", "--engagement"], words: ["--engagement", "accord verify --help"] },
    { args: ["nope"], words: ["nope", "accord --help"] },
  ])("refuses $args in French, naming what to fix", async ({ args, words }) => {
    const refused = await accord(args, env);
    expect(refused.code).toBe(2);
    for (const word of words) expect(refused.stderr).toContain(word);
    expect(refused.stderr).not.toContain("error:");
    expect(refused.stderr).not.toMatch(NO_STACK);
  });

  it("still shows help, with exit code 0", async () => {
    for (const args of [["--help"], ["generate", "--help"], ["help", "rates"]]) {
      const help = await accord(args, env);
      expect(help.code, args.join(" ")).toBe(0);
      expect(help.stdout).toContain("Usage:");
    }
  });
});
