import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** Provides a real PostgreSQL to the medium tests: TEST_DATABASE_URL when set, else an embedded one. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("postgresUrl", external);
    return async () => {};
  }
  const server = await startEmbeddedPostgres("accord_test");
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
