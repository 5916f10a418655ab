import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { chainEvent, readStoredPayload, type ChainedEvent } from "../../domain/ledger/ledger";
import type { DatabaseHandle, DialectName } from "../db/connect";
import type { Database } from "../db/schema";
import { canonicalTerms, parseTerms } from "../modules/agreements/canonical-terms";

/**
 * Copies of a generated block of organisations and engagement histories, each with ids of its
 * own: what makes `accord generate` reach millions of engagements. The block itself is written
 * by the use-cases; a copy is the same histories for other organisations and people, so
 * everything that depends on ids is recomputed with the domain's own functions (agreement
 * content hashes, check-in answer commitments, and every ledger chained again with
 * `chainEvent`), and written with multi-row inserts in one transaction per copy.
 *
 * A row belongs to the block when any of its text holds a UUID; rows without one (taxonomy,
 * settings, the health cohort) are the instance's and are not copied. Sessions are not copied:
 * the copies' people log in with the generated password like the block's.
 */
export interface Block {
  tables: BlockTable[];
  engagements: number;
  organisations: number;
}

interface BlockTable {
  name: string;
  columns: string[];
  /** Each text cell split into literal text and the tokens a copy replaces (odd indices). */
  rows: Cell[][];
}

type Cell = string | number | bigint | null | Split;
interface Split {
  parts: string[];
}

const TOKEN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\.generated\.test/g;
const EMAIL_DOMAIN = ".generated.test";
const HASH = /[0-9a-f]{64}/g;
const NOT_COPIED = new Set(["sessions", "login_throttles"]);
/** Parameters per statement, under SQLite's (32,766) and PostgreSQL's (65,535) limits. */
const MAX_PARAMETERS = 30_000;

/** Reads the block (the whole generated database) once, split ready for copying. */
export async function readBlock(db: Kysely<Database>, dialect: DialectName): Promise<Block> {
  const tables: BlockTable[] = [];
  let engagements = 0;
  let organisations = 0;
  for (const name of await tablesInCreationOrder(db, dialect)) {
    if (NOT_COPIED.has(name)) continue;
    const order = name === "engagement_events" ? sql`order by engagement_id, seq` : sql``;
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(name)} ${order}`.execute(db);
    const first = rows[0];
    if (!first) continue;
    const columns = Object.keys(first);
    const split: Cell[][] = [];
    for (const row of rows) {
      let hasToken = false;
      const cells = columns.map((column) => {
        const cell = splitCell(row[column]);
        if (typeof cell === "object" && cell !== null) hasToken = true;
        return cell;
      });
      if (hasToken) split.push(cells);
    }
    if (name === "engagements") engagements = split.length;
    if (name === "organisations") organisations = split.length;
    tables.push({ name, columns, rows: split });
  }
  return { tables, engagements, organisations };
}

function splitCell(value: unknown): Cell {
  if (typeof value !== "string") return value as Cell;
  const parts: string[] = [];
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    parts.push(value.slice(last, match.index), match[0]);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return value;
  parts.push(value.slice(last));
  return { parts };
}

/**
 * Writes copy number `copy` (1, 2, …) of the block: ids derived from the seed, the copy and the
 * block's id (so a seed gives the same instance), people's e-mail domains numbered by copy.
 */
export async function writeCopy(
  handle: DatabaseHandle,
  block: Block,
  copy: number,
  seed: number,
): Promise<void> {
  const ids = new Map<string, string>();
  const token = (value: string) => {
    if (value === EMAIL_DOMAIN) return `.c${copy}${EMAIL_DOMAIN}`;
    let id = ids.get(value);
    if (id === undefined) {
      id = derivedId(`${seed}:${copy}:${value}`);
      ids.set(value, id);
    }
    return id;
  };
  const join = (cell: Cell): unknown => {
    if (cell === null || typeof cell !== "object") return cell;
    let text = "";
    const { parts } = cell;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      text += i % 2 === 1 ? token(part) : part;
    }
    return text;
  };
  const hashes = new Map<string, string>();
  const tables = block.tables.map((table) => ({
    table,
    rows: table.rows.map((cells) => {
      const row: Record<string, unknown> = {};
      table.columns.forEach((column, index) => (row[column] = join(cells[index] as Cell)));
      return row;
    }),
  }));
  // Hashes over ids first, then the rows that quote them, then the ledgers over everything.
  for (const { table, rows } of tables) {
    if (table.name === "agreement_versions") for (const row of rows) rehashTerms(row, hashes);
    if (table.name === "check_in_answers") for (const row of rows) rehashAnswer(row, hashes);
  }
  const swapHashes = (text: string) => text.replace(HASH, (hash) => hashes.get(hash) ?? hash);
  for (const { table, rows } of tables) {
    if (table.name === "agreement_signatures") {
      for (const row of rows) row.content_hash = swapHashes(String(row.content_hash));
    }
    if (table.name === "engagement_events") rechain(rows, swapHashes);
  }

  const { sqlite } = handle;
  if (sqlite) {
    // Below Kysely: one prepared insert per table, run row by row in one transaction (a
    // statement's run costs microseconds; compiling a multi-row insert costs more than that).
    sqlite.transaction(() => {
      sqlite.pragma("defer_foreign_keys = on");
      for (const { table, rows } of tables) {
        const columns = table.columns.map((c) => `"${c}"`).join(", ");
        const slots = table.columns.map(() => "?").join(", ");
        const insert = sqlite.prepare(`insert into "${table.name}" (${columns}) values (${slots})`);
        for (const row of rows) insert.run(table.columns.map((column) => row[column]));
      }
    })();
    return;
  }
  await handle.db.transaction().execute(async (trx) => {
    // PostgreSQL checks each foreign key as rows arrive: tables go in the order they were created.
    for (const { table, rows } of tables) {
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / table.columns.length));
      for (let start = 0; start < rows.length; start += perStatement) {
        await trx
          .insertInto(table.name as keyof Database)
          .values(rows.slice(start, start + perStatement))
          .execute();
      }
    }
  });
}

/** A version-4-shaped UUID from a hash, so copies never meet each other's ids. */
function derivedId(from: string): string {
  const hex = createHash("sha256").update(from).digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function rehashTerms(row: Record<string, unknown>, hashes: Map<string, string>): void {
  const { text, hash } = canonicalTerms(parseTerms(String(row.terms)));
  hashes.set(String(row.content_hash), hash);
  row.terms = text;
  row.content_hash = hash;
}

/** A check-in answer's commitment, as answer-check-in computes it, over the copy's ids. */
function rehashAnswer(row: Record<string, unknown>, hashes: Map<string, string>): void {
  const [salt, old] = String(row.answer_hash).split(":");
  const hash = createHash("sha256")
    .update(
      canonicalize({
        checkInId: row.check_in_id,
        side: row.side,
        relationshipRating: Number(row.relationship_rating),
        counterpartRating: Number(row.counterpart_rating),
        reasons: JSON.parse(String(row.reasons)) as unknown,
        comment: row.comment,
        salt,
      }) ?? "",
    )
    .digest("hex");
  if (old) hashes.set(old, hash);
  row.answer_hash = `${salt}:${hash}`;
}

/** Chains each engagement's events again (they arrive ordered by engagement and seq). */
function rechain(rows: Record<string, unknown>[], swapHashes: (text: string) => string): void {
  let previous: ChainedEvent | undefined;
  for (const row of rows) {
    if (previous && previous.engagementId !== row.engagement_id) previous = undefined;
    const payload = swapHashes(String(row.payload));
    const chained = chainEvent(
      previous,
      {
        engagementId: String(row.engagement_id),
        type: String(row.type),
        actorUserId: row.actor_user_id as string | null,
        actorOrgId: row.actor_org_id as string | null,
        occurredAt: String(row.occurred_at),
        payload: readStoredPayload(payload),
      },
      String(row.id),
    );
    row.payload = payload;
    row.prev_hash = chained.prevHash;
    row.hash = chained.hash;
    previous = chained;
  }
}

async function tablesInCreationOrder(
  db: Kysely<Database>,
  dialect: DialectName,
): Promise<string[]> {
  const { rows } =
    dialect === "sqlite"
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
          order by rowid`.execute(db)
      : await sql<{ name: string }>`select c.relname as name from pg_class c
          join pg_namespace n on n.oid = c.relnamespace
          where c.relkind = 'r' and n.nspname = current_schema() and c.relname not like 'kysely_%'
          order by c.oid`.execute(db);
  return rows.map((row) => row.name);
}
