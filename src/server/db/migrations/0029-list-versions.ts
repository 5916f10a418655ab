import { PostgresAdapter, sql, type Kysely } from "kysely";

// Each organisation's list version: a number that changes, in the writer's own transaction,
// whenever anything its engagement list shows may have changed. The list keeps its replies per
// process (`kept-replies.ts`, keyed by `list-reply-key.ts`) by these versions, read with the session, so a write
// through any process is seen by every other's next list. Triggers, not the use-cases, keep it:
// no write path can forget one. What a list reply reads: the engagement rows (both sides and the
// initiator), their stored summary facts, their exits' end, and the counterpart's name and kind
// (a rename or kind change changes every list it appears in, so it bumps every organisation that
// has an engagement with it). The reader's own organisations' names, kinds and roles come with
// the session and are part of the reply's key, so memberships need no trigger.
//
// On PostgreSQL the triggers are deferred to the commit: the bump locks the organisations'
// rows, and a writer that has already locked an organisation's health row (`organisation_health`,
// health's reaction) would otherwise wait on them while another, holding them, waits on that
// health row: a deadlock. Taken at the commit, after every other lock, they close no cycle.
//
// A column of `organisations` rather than a table of its own: the session's statement already
// joins each membership's organisation, so the versions cost no statement, and a database
// emptied and refilled table by table (the tests' reused PostgreSQL) has no second row to clash.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("organisations")
    .addColumn("list_version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  const statements = db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES_UP : SQLITE_UP;
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const statement of isPostgres ? POSTGRES_DOWN : SQLITE_DOWN) {
    await sql.raw(statement).execute(db);
  }
  await db.schema.alterTable("organisations").dropColumn("list_version").execute();
}

const BUMP = "update organisations set list_version = list_version + 1";

/** The organisations on either side of engagement `id` (a SQL expression of the trigger's row). */
const sidesOf = (id: string) =>
  `(select client_org_id from engagements where id = ${id}
    union all select provider_org_id from engagements where id = ${id})`;

/** A rename reaches the lists of every organisation with an engagement with it, and its own. */
const RENAMED = (id: string) => `${BUMP} where id = ${id}
  or id in (select client_org_id from engagements where provider_org_id = ${id})
  or id in (select provider_org_id from engagements where client_org_id = ${id})`;

const ENGAGEMENT_ORGS = (row: "new" | "old") =>
  `(${row}.client_org_id, ${row}.provider_org_id, ${row}.initiator_org_id)`;

/** The tables that hang off an engagement and feed its list row. */
const PARTS = ["engagement_summary_facts", "exits"] as const;

const SQLITE_UP = [
  `create trigger engagements_list_version_insert after insert on engagements begin
    ${BUMP} where id in ${ENGAGEMENT_ORGS("new")}; end`,
  `create trigger engagements_list_version_update after update on engagements begin
    ${BUMP} where id in ${ENGAGEMENT_ORGS("old")} or id in ${ENGAGEMENT_ORGS("new")}; end`,
  `create trigger engagements_list_version_delete after delete on engagements begin
    ${BUMP} where id in ${ENGAGEMENT_ORGS("old")}; end`,
  ...PARTS.flatMap((table) => [
    `create trigger ${table}_list_version_insert after insert on ${table} begin
      ${BUMP} where id in ${sidesOf("new.engagement_id")}; end`,
    `create trigger ${table}_list_version_update after update on ${table} begin
      ${BUMP} where id in ${sidesOf("old.engagement_id")} or id in ${sidesOf("new.engagement_id")}; end`,
    `create trigger ${table}_list_version_delete after delete on ${table} begin
      ${BUMP} where id in ${sidesOf("old.engagement_id")}; end`,
  ]),
  `create trigger organisations_list_version_rename after update of name, kind on organisations
    when old.name is not new.name or old.kind is not new.kind begin
    ${RENAMED("new.id")}; end`,
];

const SQLITE_DOWN = [
  "drop trigger engagements_list_version_insert",
  "drop trigger engagements_list_version_update",
  "drop trigger engagements_list_version_delete",
  ...PARTS.flatMap((table) => [
    `drop trigger ${table}_list_version_insert`,
    `drop trigger ${table}_list_version_update`,
    `drop trigger ${table}_list_version_delete`,
  ]),
  "drop trigger organisations_list_version_rename",
];

const POSTGRES_UP = [
  `create function engagements_list_version() returns trigger language plpgsql as $$
  begin
    if tg_op <> 'INSERT' then ${BUMP} where id in ${ENGAGEMENT_ORGS("old")}; end if;
    if tg_op <> 'DELETE' then ${BUMP} where id in ${ENGAGEMENT_ORGS("new")}; end if;
    return null;
  end $$`,
  `create constraint trigger engagements_list_version after insert or update or delete on engagements
    deferrable initially deferred for each row execute procedure engagements_list_version()`,
  `create function engagement_part_list_version() returns trigger language plpgsql as $$
  begin
    if tg_op <> 'INSERT' then ${BUMP} where id in ${sidesOf("old.engagement_id")}; end if;
    if tg_op <> 'DELETE' then ${BUMP} where id in ${sidesOf("new.engagement_id")}; end if;
    return null;
  end $$`,
  ...PARTS.map(
    (table) => `create constraint trigger ${table}_list_version
      after insert or update or delete on ${table} deferrable initially deferred
      for each row execute procedure engagement_part_list_version()`,
  ),
  `create function organisations_list_version_rename() returns trigger language plpgsql as $$
  begin
    if new.name is distinct from old.name or new.kind is distinct from old.kind then
      ${RENAMED("new.id")};
    end if;
    return null;
  end $$`,
  `create constraint trigger organisations_list_version_rename
    after update of name, kind on organisations deferrable initially deferred
    for each row execute procedure organisations_list_version_rename()`,
];

const POSTGRES_DOWN = [
  "drop trigger engagements_list_version on engagements",
  "drop function engagements_list_version()",
  ...PARTS.map((table) => `drop trigger ${table}_list_version on ${table}`),
  "drop function engagement_part_list_version()",
  "drop trigger organisations_list_version_rename on organisations",
  "drop function organisations_list_version_rename()",
];
