import { type Kysely, PostgresAdapter, sql } from "kysely";

// Dispute texts (a statement, a response, an offer's note or apology) are screened like
// messages: a retaliation in one opens a case whose subject is the dispute, and the nudge before
// sending is counted on the `dispute` surface. Both CHECK constraints gain the kind. PostgreSQL
// replaces the constraint in place; SQLite cannot alter one, so its two tables are rebuilt with
// the new constraint (their rows copied, foreign keys checked at the end of the transaction).
const SUBJECTS_BEFORE = "'message', 'review', 'reply'";
const SUBJECTS_AFTER = "'message', 'review', 'reply', 'dispute'";

export async function up(db: Kysely<unknown>): Promise<void> {
  await allowSubjects(db, SUBJECTS_AFTER);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from org_sanctions where case_id in (select id from moderation_cases where subject_kind = 'dispute')`.execute(
    db,
  );
  await sql`delete from moderation_cases where subject_kind = 'dispute'`.execute(db);
  await sql`delete from screening_nudges where surface = 'dispute'`.execute(db);
  await allowSubjects(db, SUBJECTS_BEFORE);
}

async function allowSubjects(db: Kysely<unknown>, kinds: string): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const [table, column] of [
      ["moderation_cases", "subject_kind"],
      ["screening_nudges", "surface"],
    ] as const) {
      const name = `${table}_${column}_check`;
      await sql`alter table ${sql.table(table)} drop constraint ${sql.id(name)}`.execute(db);
      await sql`alter table ${sql.table(table)} add constraint ${sql.id(name)} check (${sql.ref(column)} in (${sql.raw(kinds)}))`.execute(
        db,
      );
    }
    return;
  }
  await db.transaction().execute(async (trx) => {
    await sql`pragma defer_foreign_keys = on`.execute(trx);
    for (const [table, column] of [
      ["moderation_cases", "subject_kind"],
      ["screening_nudges", "surface"],
    ] as const) {
      await rebuildSqliteTable(trx, table, column, kinds);
    }
  });
}

/**
 * SQLite's way to change a CHECK: a copy of the table under its definition with the check
 * rewritten, the rows copied, the old table dropped and the copy renamed; its indexes made again.
 */
async function rebuildSqliteTable(
  db: Kysely<unknown>,
  table: string,
  column: string,
  kinds: string,
): Promise<void> {
  const defined = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = ${table} and sql is not null
  `.execute(db);
  const create = defined.rows.find((r) => r.type === "table")?.sql;
  if (!create) throw new Error(`no table ${table}`);
  const check = new RegExp(`check\\s*\\(\\s*"?${column}"?\\s+in\\s*\\([^)]*\\)\\s*\\)`, "i");
  if (!check.test(create)) throw new Error(`no check on ${table}.${column}`);
  const copy = `${table}_next`;
  const rewritten = create
    .replace(check, `check ("${column}" in (${kinds}))`)
    .replace(/^create table\s+"?[A-Za-z_]+"?/i, `create table "${copy}"`);
  await sql.raw(rewritten).execute(db);
  await sql`insert into ${sql.table(copy)} select * from ${sql.table(table)}`.execute(db);
  await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table ${sql.table(copy)} rename to ${sql.table(table)}`.execute(db);
  for (const index of defined.rows.filter((r) => r.type === "index")) {
    if (index.sql) await sql.raw(index.sql).execute(db);
  }
}
