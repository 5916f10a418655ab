import { execFile, spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scratchDatabase } from "../support/accord-process";
import { DIALECTS } from "../support/databases";
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

/**
 * What an operator hands a command (a file to read or write, an engagement's id, a port to
 * listen on) can be wrong too: each is one sentence in their language naming what, with a
 * non-zero exit code, no stack trace, and nothing half-written.
 */
describe("the accord command, when what it is given is unusable", () => {
  let dir: string;
  let env: Record<string, string>;
  let engagementId: string;
  let exported: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "accord-operator-mistakes-"));
    env = { ACCORD_DATABASE_URL: `sqlite:${join(dir, "accord.db")}` };
    expect((await accord(["seed-demo"], env)).code).toBe(0);
    const listing = await accord(["verify"], env);
    engagementId = /mission ([0-9a-f-]{36}) : intact/.exec(listing.stdout)![1]!;
    exported = join(dir, "ledger.json");
    const exporting = await accord(
      ["export", "--engagement", engagementId, "--out", exported],
      env,
    );
    expect(exporting.code, exporting.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function expectOneSentence(result: { stderr: string }, ...words: string[]): void {
    for (const word of words) expect(result.stderr).toContain(word);
    expect(result.stderr).not.toMatch(NO_STACK);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  }

  it("refuses to verify a file it cannot read, or one that is not an export, saying why", async () => {
    const missing = join(dir, "missing.json");
    const absent = await accord(["verify", "--file", missing], {});
    expect(absent.code).toBe(1);
    expectOneSentence(absent, missing, "n’existe pas");

    const directory = await accord(["verify", "--file", dir], {});
    expect(directory.code).toBe(1);
    expectOneSentence(directory, dir, "dossier");

    const text = await readFile(exported, "utf8");
    const cut = join(dir, "cut.json");
    await writeFile(cut, text.slice(0, text.length / 2));
    const truncated = await accord(["verify", "--file", cut], {});
    expect(truncated.code).toBe(1);
    expectOneSentence(truncated, cut, "JSON");

    const other = join(dir, "other.json");
    await writeFile(other, JSON.stringify({ hello: "world" }));
    const notExport = await accord(["verify", "--file", other], {});
    expect(notExport.code).toBe(1);
    expectOneSentence(notExport, other, "format");

    const ledger = JSON.parse(text) as { events: Record<string, unknown>[] };
    delete ledger.events[1]!.hash;
    const noHash = join(dir, "no-hash.json");
    await writeFile(noHash, JSON.stringify(ledger));
    const withoutHash = await accord(["verify", "--file", noHash], {});
    expect(withoutHash.code).toBe(1);
    expectOneSentence(withoutHash, noHash, "events.1.hash");
  });

  it("reports an export relabelled with another engagement, or emptied, as not intact", async () => {
    const ledger = JSON.parse(await readFile(exported, "utf8")) as {
      engagement: { id: string };
      events: unknown[];
    };
    const relabelled = join(dir, "relabelled.json");
    await writeFile(
      relabelled,
      JSON.stringify({
        ...ledger,
        engagement: { ...ledger.engagement, id: "0".repeat(8) + engagementId.slice(8) },
      }),
    );
    const verdict = await accord(["verify", "--file", relabelled], {});
    expect(verdict.code).toBe(1);
    expect(verdict.stdout).toContain(`ROMPU à l’événement n° 1`);
    expect(verdict.stdout).toContain(`il appartient à la mission ${engagementId}`);

    const emptied = join(dir, "emptied.json");
    await writeFile(emptied, JSON.stringify({ ...ledger, events: [] }));
    const empty = await accord(["verify", "--file", emptied], {});
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain("aucun événement");
  });

  it("writes an export whole or not at all, and names a directory that is not there", async () => {
    const nowhere = join(dir, "no-such-directory", "ledger.json");
    const refused = await accord(["export", "--engagement", engagementId, "--out", nowhere], env);
    expect(refused.code).toBe(1);
    expectOneSentence(refused, nowhere, "n’existe pas");
    const ontoDirectory = await accord(["export", "--engagement", engagementId, "--out", dir], env);
    expect(ontoDirectory.code).toBe(1);
    expectOneSentence(ontoDirectory, dir, "dossier");
    expect((await readdir(dir)).filter((name) => name.includes(".partial"))).toEqual([]);
  });

  it("backs up only to a new file, leaving nothing behind when it cannot", async () => {
    const existing = join(dir, "existing.db");
    await writeFile(existing, "an older backup");
    const over = await accord(["backup", "--out", existing], env);
    expect(over.code).toBe(2);
    expectOneSentence(over, existing, "existe déjà");
    expect(await readFile(existing, "utf8")).toBe("an older backup");

    const live = await accord(["backup", "--out", join(dir, "accord.db")], env);
    expect(live.code).toBe(2);

    const nowhere = join(dir, "no-such-directory", "backup.db");
    const refused = await accord(["backup", "--out", nowhere], env);
    expect(refused.code).toBe(1);
    expectOneSentence(refused, nowhere, "n’existe pas");
    const ontoDirectory = await accord(["backup", "--out", `${dir}/`], env);
    expect(ontoDirectory.code).not.toBe(0);
    expect(ontoDirectory.stderr).not.toMatch(NO_STACK);

    const noSource = await accord(["backup", "--out", join(dir, "never.db")], {
      ACCORD_DATABASE_URL: `sqlite:${join(dir, "no-database-here.db")}`,
    });
    expect(noSource.code).toBe(1);
    expectOneSentence(noSource, "ne parvient pas à ouvrir la base de données");
    expect((await readdir(dir)).filter((name) => /never|partial|no-database/.test(name))).toEqual(
      [],
    );

    const postgres = await accord(["backup", "--out", join(dir, "pg.db")], {
      ACCORD_DATABASE_URL: "postgres://u:p@127.0.0.1:1/x",
    });
    expect(postgres.code).toBe(2);
    expectOneSentence(postgres, "PostgreSQL", "pg_dump");
  });

  it("says that the demo is seeded only into an empty database", async () => {
    const again = await accord(["seed-demo"], env);
    expect(again.code).toBe(1);
    expectOneSentence(again, "base de données", "ACCORD_DATABASE_URL");
  });

  it("refuses a reference rate it cannot read, in French", async () => {
    const currency = await accord(["rates", "set", "EURO", "2027-01-01", "2.40"], env);
    expect(currency.code).toBe(2);
    expectOneSentence(currency, "EURO", "ISO 4217");
    const day = await accord(["rates", "set", "EUR", "2027-02-30", "2.40"], env);
    expectOneSentence(day, "2027-02-30", "AAAA-MM-JJ");
    const amount = await accord(["rates", "compensation", "EUR", "40.001"], env);
    expectOneSentence(amount, "40.001", "EUR", "montant");
  });

  it("says the port is taken when another process listens on it", async () => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    try {
      const refused = await accord(["serve", "--no-demo"], { ...env, PORT: String(port) });
      expect(refused.code).toBe(1);
      expectOneSentence(refused, `127.0.0.1:${port}`, "PORT");
    } finally {
      holder.close();
    }
  });

  it("stops quietly when what reads its output goes away (`accord verify | head -1`)", async () => {
    const child = spawn("node", [BIN, "verify"], {
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it.each(DIALECTS)("names an engagement that is not in the %s database", async (dialect) => {
    const database = await scratchDatabase(dialect, inject("postgresUrl"));
    try {
      const on = { ACCORD_DATABASE_URL: database.url };
      const unknown = "01a2441f-0000-7000-8000-000000000000";
      for (const args of [
        ["export", "--engagement", unknown],
        ["verify", "--engagement", unknown],
        ["export", "--engagement", "not-an-id", "--out", join(dir, "never.json")],
      ]) {
        const refused = await accord(args, on);
        expect(refused.code, args.join(" ")).toBe(1);
        expectOneSentence(refused, args[2]!, "mission");
      }
      await expect(readFile(join(dir, "never.json"))).rejects.toThrow();
    } finally {
      await database.drop();
    }
  });
});
