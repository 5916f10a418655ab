import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { freePort } from "./embedded-postgres";

const DEBIAN_ROOT = "/usr/lib/postgresql";
const TOOLS = ["initdb", "postgres", "pg_dump", "pg_restore", "createdb"];

/**
 * A PostgreSQL server from the operating system's packages, with the `pg_dump` and `pg_restore`
 * of its own major version: the embedded server of the other tests ships no client tools, and
 * `pg_dump` refuses a server newer than itself, so the backup procedure is proven here.
 */
export interface PackagedPostgres {
  /** Connection URL of the `accord` role to the `accord` database. */
  url: string;
  /** The directory of initdb, postgres, pg_dump, pg_restore and createdb. */
  binDirectory: string;
  stop(): Promise<void>;
}

/** The newest installed major version that has every tool, e.g. /usr/lib/postgresql/15/bin. */
export function packagedPostgresTools(): string {
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = join(DEBIAN_ROOT, version, "bin");
    if (TOOLS.every((tool) => existsSync(join(bin, tool)))) return bin;
  }
  throw new Error(
    `PostgreSQL's server and client tools (${TOOLS.join(", ")}) were not found under ${DEBIAN_ROOT}: install Debian's postgresql package (apt-get install postgresql)`,
  );
}

/** PostgreSQL refuses to run as root: as root, the server runs as the packages' `postgres`. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const user = { uid: id("-u"), gid: id("-g") };
  if (!Number.isInteger(user.uid) || user.uid <= 0)
    throw new Error("running as root needs the `postgres` user that Debian's package creates");
  return user;
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | undefined) {
  const result = spawnSync(bin, args, { encoding: "utf8", ...user });
  if (result.status !== 0)
    throw new Error(`${bin} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

export async function startPackagedPostgres(): Promise<PackagedPostgres> {
  const binDirectory = packagedPostgresTools();
  const user = serverUser();
  const directory = await mkdtemp(join(tmpdir(), "accord-pg-packaged-"));
  const data = join(directory, "data");
  await mkdir(data);
  if (user) {
    await chmod(directory, 0o755);
    await chown(data, user.uid, user.gid);
  }
  let server: ChildProcess | undefined;
  const stop = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGINT"); // fast shutdown
      await Promise.race([exited, sleep(10_000, undefined, { ref: false })]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    await rm(directory, { recursive: true, force: true });
  };
  try {
    run(
      join(binDirectory, "initdb"),
      ["-D", data, "-U", "accord", "--auth=trust", "--locale=C", "--encoding=UTF8"],
      user,
    );
    const port = await freePort();
    let output = "";
    server = spawn(
      join(binDirectory, "postgres"),
      ["-D", data, "-p", String(port), "-k", data, "-c", "listen_addresses=127.0.0.1"],
      { stdio: ["ignore", "pipe", "pipe"], ...user },
    );
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const adminUrl = `postgres://accord@127.0.0.1:${port}/postgres`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const client = new pg.Client({ connectionString: adminUrl });
      try {
        await client.connect();
        await client.query("create database accord");
        await client.end();
        break;
      } catch (error) {
        await client.end().catch(() => {});
        if (server.exitCode !== null || Date.now() > deadline)
          throw new Error(`PostgreSQL from ${binDirectory} did not start:\n${output}`, {
            cause: error,
          });
        await sleep(100);
      }
    }
    return { url: `postgres://accord@127.0.0.1:${port}/accord`, binDirectory, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
