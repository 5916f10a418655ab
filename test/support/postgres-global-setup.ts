import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/server/db/connect";
import { migrateToLatest } from "../../src/server/db/migrate";
import { startEmbeddedPostgres } from "./embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A database migrated once, which each test's fresh database is copied from. */
    postgresTemplate: string;
    /** How `create database … template` copies: by file where the server can (PostgreSQL 15+). */
    postgresCopyClause: string;
  }
}

/**
 * Migrating PostgreSQL for every test took seconds each; copying a database migrated once is a
 * file copy. The template is named by this process, so two runs on one server never share one.
 */
async function createMigratedTemplate(serverUrl: string): Promise<string> {
  const name = `accord_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}"`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase(url.toString(), { poolSize: 1 });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return name;
}

/**
 * PostgreSQL 15+ copies a template through the WAL by default, block by block (about 200 ms
 * for Accord's schema here); copying its files takes a sixth of that, and tests copy one per test.
 */
async function copyClauseOf(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ server_version_num: string }>("show server_version_num");
    return Number(rows[0]?.server_version_num) >= 150000 ? "strategy file_copy" : "";
  } finally {
    await admin.end();
  }
}

/** Drops the template and the databases the workers reused (`reused-postgres.ts`), named after it. */
async function dropTemplate(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1)",
      [`${name}_reused_`],
    );
    for (const { datname } of rows)
      await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** Provides a real PostgreSQL to the medium tests: TEST_DATABASE_URL when set, else an embedded one. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const template = await createMigratedTemplate(external);
    project.provide("postgresUrl", external);
    project.provide("postgresTemplate", template);
    project.provide("postgresCopyClause", await copyClauseOf(external));
    return () => dropTemplate(external, template);
  }
  const server = await startEmbeddedPostgres("accord_test", { durable: false });
  project.provide("postgresUrl", server.url);
  project.provide("postgresTemplate", await createMigratedTemplate(server.url));
  project.provide("postgresCopyClause", await copyClauseOf(server.url));
  return () => server.stop();
}
