import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/server/db/connect";
import { DIALECTS } from "../support/databases";
import { scratchDatabase, type ScratchDatabase } from "../support/accord-process";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "../../bin/accord.js");

/** `accord generate …` as an operator runs it, in their language; never throws on exit codes. */
async function generate(database: ScratchDatabase, args: string[], lang = "fr_FR.UTF-8") {
  const env = {
    ...process.env,
    ACCORD_DATABASE_URL: database.url,
    LOG_LEVEL: "warn",
    LANG: lang,
    LC_ALL: "",
    LC_MESSAGES: "",
  };
  try {
    const { stdout, stderr } = await run("node", [BIN, "generate", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function peopleIn(database: ScratchDatabase): Promise<number> {
  const handle = openDatabase(database.url);
  try {
    const tables = await handle.db.introspection.getTables();
    if (!tables.some((t) => t.name === "users")) return 0;
    const row = await handle.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await handle.close();
  }
}

const scratches: ScratchDatabase[] = [];
afterAll(async () => {
  for (const scratch of scratches) await scratch.drop();
});
async function scratch(dialect: (typeof DIALECTS)[number]) {
  const database = await scratchDatabase(dialect, inject("postgresUrl"));
  scratches.push(database);
  return database;
}

describe("accord generate's flags", () => {
  // Each refusal names the flag and what it takes, in the operator's language, exits 2 (a usage
  // error, as the other commands' bad input) and writes nothing: no stack trace, no people.
  it.each([
    { args: ["--orgs", "0", "--engagements", "5"], flag: "--orgs", value: "0" },
    { args: ["--orgs", "1", "--engagements", "5"], flag: "--orgs", value: "1" },
    { args: ["--orgs", "-1", "--engagements", "5"], flag: "--orgs", value: "-1" },
    { args: ["--orgs", "abc", "--engagements", "5"], flag: "--orgs", value: "abc" },
    { args: ["--orgs", "2.5", "--engagements", "5"], flag: "--orgs", value: "2.5" },
    { args: ["--orgs", "4", "--engagements", "0"], flag: "--engagements", value: "0" },
    { args: ["--orgs", "4", "--engagements", "1e3"], flag: "--engagements", value: "1e3" },
    { args: ["--orgs", "4", "--engagements", "2", "--seed", "x"], flag: "--seed", value: "x" },
    { args: ["--orgs", "4", "--engagements", "2", "--seed", "-3"], flag: "--seed", value: "-3" },
    { args: ["--orgs", "4", "--engagements", "2", "--block", "0"], flag: "--block", value: "0" },
  ])("refuses $args with a localised message naming the flag", async ({ args, flag, value }) => {
    const database = await scratch("sqlite");
    const refused = await generate(database, args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(flag);
    expect(refused.stderr).toContain(`« ${value} »`);
    expect(refused.stderr).toContain("nombre entier");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await peopleIn(database)).toBe(0);
  });

  it.each([
    { args: ["--orgs"], flag: "--orgs" },
    { args: ["--orgs", "4", "--engagements"], flag: "--engagements" },
    { args: ["--engagements", "5"], flag: "--orgs" },
    { args: ["--orgs", "4"], flag: "--engagements" },
  ])("asks for a missing value of $flag in the operator's language", async ({ args, flag }) => {
    const database = await scratch("sqlite");
    const refused = await generate(database, args, "de_DE.UTF-8");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(flag);
    expect(refused.stderr).toContain("braucht einen Wert");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await peopleIn(database)).toBe(0);
  });
});

describe.each(DIALECTS)("accord generate on %s", (dialect) => {
  it("fills an empty database, then refuses to fill it again, in the operator's language", async () => {
    const database = await scratch(dialect);
    const filled = await generate(database, ["--orgs", "2", "--engagements", "1", "--seed", "0"]);
    expect(filled.code, filled.stderr).toBe(0);
    const people = await peopleIn(database);
    expect(people).toBeGreaterThan(0);

    const again = await generate(database, ["--orgs", "2", "--engagements", "1"], "es_ES.UTF-8");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("vacía");
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(await peopleIn(database)).toBe(people);
  });
});
