import pg from "pg";

/**
 * PostgreSQL test databases a worker empties and hands out again instead of creating and
 * dropping one per test: a copy from the template and its drop cost the server about 250 ms of
 * CPU (two checkpoints, the files copied and removed, two administrative connections); emptying
 * one back to the template's rows costs far less. The template's own rows (migrations'
 * reference data) are put back, so a reused database holds exactly what a fresh copy holds.
 */

interface Spare {
  name: string;
  /** Kept open by the worker: it empties the database once the test's own pool has ended. */
  keeper: pg.Client;
}

const spares: Spare[] = [];
let admin: Promise<pg.Client> | null = null;
let emptying: Promise<string> | null = null;
let counter = 0;

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function urlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One administrative connection per worker, for creating the databases it reuses. */
function adminClient(serverUrl: string): Promise<pg.Client> {
  admin ??= (async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    client.on("error", () => undefined);
    await client.connect();
    return client;
  })();
  return admin;
}

/**
 * The statements that bring a database back to what it holds now: every table's rows deleted,
 * referencing tables before the tables they reference (no superuser needed; `truncate` would
 * give every table and index a new file and cost as much as a copy), then the template's own
 * rows inserted again. Run on a fresh database, it gives the template's rows.
 */
export async function contentScript(keeper: pg.Client): Promise<string> {
  const { rows: tables } = await keeper.query<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const { rows: references } = await keeper.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent from pg_constraint k
     join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
     join pg_namespace n on n.oid = c.relnamespace
     where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`,
  );
  // Children first: a table is deleted from once every table referencing it has been.
  const ordered: string[] = [];
  const left = new Set(tables.map(({ name }) => name));
  while (left.size > 0) {
    const ready = [...left].filter(
      (name) => !references.some(({ child, parent }) => parent === name && left.has(child)),
    );
    if (ready.length === 0) throw new Error(`foreign keys in a cycle: ${[...left].join(", ")}`);
    for (const name of ready) {
      ordered.push(name);
      left.delete(name);
    }
  }
  const refills: string[] = [];
  for (const name of [...ordered].reverse()) {
    const { rows } = await keeper.query<{ rows: unknown[] | null }>(
      `select json_agg(t) as rows from ${quoted(name)} t`,
    );
    if (rows[0]?.rows?.length) {
      refills.push(
        `insert into ${quoted(name)} select * from json_populate_recordset(null::${quoted(name)}, ${literal(JSON.stringify(rows[0].rows))});`,
      );
    }
  }
  const deletes = ordered.map((name) => `delete from ${quoted(name)};`).join(" ");
  return `begin; ${deletes} ${refills.join(" ")} commit;`;
}

/**
 * A database holding exactly the template's rows, or what `content` (a `contentScript`) puts
 * in it, and how to give it back after the test.
 */
export async function reusedPostgresDatabase(
  serverUrl: string,
  template: string,
  copyClause: string,
  content?: string,
): Promise<{ url: string; release(): Promise<void>; contentNow(): Promise<string> }> {
  let spare = spares.pop();
  if (!spare) {
    const name = `${template}_reused_${process.pid}_${counter++}`;
    const client = await adminClient(serverUrl);
    await client.query(
      `create database ${quoted(name)} template ${quoted(template)} ${copyClause}`,
    );
    const keeper = new pg.Client({ connectionString: urlOf(serverUrl, name) });
    keeper.on("error", () => undefined);
    await keeper.connect();
    // Read from the first database before any test writes to it: the template's rows.
    emptying ??= contentScript(keeper);
    await emptying;
    spare = { name, keeper };
  }
  const taken = spare;
  if (content) await taken.keeper.query(content);
  let given = false;
  return {
    url: urlOf(serverUrl, taken.name),
    /** Empties the database for the next test; the test's own connections are closed first. */
    async release() {
      if (given) return;
      given = true;
      await taken.keeper.query(await emptying!);
      spares.push(taken);
    },
    /** What the database holds now, for other databases to start from (`contentScript`). */
    contentNow: () => contentScript(taken.keeper),
  };
}
