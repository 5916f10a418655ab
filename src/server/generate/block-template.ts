import canonicalize from "canonicalize";
import { sql, type Kysely } from "kysely";
import { canonicalEvent, readStoredPayload } from "../../domain/ledger/ledger";
import type { DialectName } from "../db/connect";
import type { Database } from "../db/schema";

/**
 * A generated block read once and split ready for copying: every text cell, and the canonical
 * text that each of the block's hashes covers, cut into literal text and the tokens a copy
 * replaces (UUIDs, the people's e-mail domain, and content hashes that other rows quote). A
 * copy then only joins strings and hashes them; nothing is parsed or canonicalised again.
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

export interface BlockTable {
  name: string;
  columns: string[];
  /** Each row's cells; a text cell holding tokens is a `Split`. */
  rows: Cell[][];
  /** Per row, the canonical text its hash column covers (see `HASHED`), split the same way. */
  hashed?: Split[];
  /** On SQLite, each row's rowid: the copies are made inside SQLite from the block's rows. */
  rowids?: number[];
}

export type Cell = string | number | bigint | null | Buffer | Split;
/** Literal text at even indices, tokens at odd ones. */
export interface Split {
  parts: string[];
}

/**
 * UUIDs, the generated people's e-mail domain, and SHA-256 hex digests (content hashes that
 * signatures and ledger payloads quote).
 */
const TOKEN =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\.generated\.test|[0-9a-f]{64}/g;
const UUID_LENGTH = 36;
export const HASH_LENGTH = 64;
const NOT_COPIED = new Set(["sessions", "login_throttles"]);
/** The rowid's name in the block's rows on SQLite (no table has a column so named). */
const ROWID = "accord_block_rowid";

/** The block's ids all start so, so that no copy's id (prefixed by its number) meets one. */
export const BLOCK_ID_PREFIX = "00000000";

/** Reads the block (the whole generated database) once, split ready for copying. */
export async function readBlock(db: Kysely<Database>, dialect: DialectName): Promise<Block> {
  const tables: BlockTable[] = [];
  let engagements = 0;
  let organisations = 0;
  const tails = new Map<string, string>();
  for (const name of await tablesInCreationOrder(db, dialect)) {
    if (NOT_COPIED.has(name)) continue;
    const order = name === "engagement_events" ? sql`order by engagement_id, seq` : sql``;
    const rowid = dialect === "sqlite" ? sql`rowid as ${sql.ref(ROWID)}, ` : sql``;
    const { rows } = await sql<
      Record<string, unknown>
    >`select ${rowid}* from ${sql.table(name)} ${order}`.execute(db);
    const first = rows[0];
    if (!first) continue;
    const columns = Object.keys(first).filter((column) => column !== ROWID);
    const table: BlockTable = { name, columns, rows: [] };
    if (dialect === "sqlite") table.rowids = [];
    const hashOf = HASHED[name];
    if (hashOf) table.hashed = [];
    for (const row of rows) {
      let hasToken = false;
      const cells = columns.map((column) => {
        const cell = splitText(row[column], tails);
        // Hashes alone do not make a row the block's: ids and e-mail addresses do.
        if (isSplit(cell) && cell.parts.some((p, i) => i % 2 === 1 && p.length !== HASH_LENGTH)) {
          hasToken = true;
        }
        return cell;
      });
      if (!hasToken) continue;
      table.rows.push(cells);
      table.rowids?.push(Number(row[ROWID]));
      if (hashOf) table.hashed?.push(splitCanonical(hashOf(row), tails));
    }
    if (name === "engagements") engagements = table.rows.length;
    if (name === "organisations") organisations = table.rows.length;
    tables.push(table);
  }
  return { tables, engagements, organisations };
}

export function isSplit(cell: Cell): cell is Split {
  return typeof cell === "object" && cell !== null && !Buffer.isBuffer(cell);
}

/**
 * The canonical text each hashed table's hash covers, from a block row: recomputed per copy by
 * joining its tokens. Sound only when no token sits in an object's key (replacing it could
 * reorder the canonical keys): `splitCanonical` refuses such a text.
 */
const HASHED: Record<string, (row: Record<string, unknown>) => string> = {
  // The agreement's terms are stored as their canonical text, the content hash is its SHA-256.
  agreement_versions: (row) => canonicalOrFail(JSON.parse(String(row.terms))),
  // A check-in answer's commitment, as answer-check-in computes it.
  check_in_answers: (row) =>
    canonicalOrFail({
      checkInId: row.check_in_id,
      side: row.side,
      relationshipRating: Number(row.relationship_rating),
      counterpartRating: Number(row.counterpart_rating),
      reasons: JSON.parse(String(row.reasons)) as unknown,
      comment: row.comment,
      salt: String(row.answer_hash).split(":")[0],
    }),
  // Each ledger event's canonical text (its hash also covers the previous event's).
  engagement_events: (row) =>
    canonicalEvent({
      engagementId: String(row.engagement_id),
      seq: Number(row.seq),
      type: String(row.type),
      actorUserId: row.actor_user_id as string | null,
      actorOrgId: row.actor_org_id as string | null,
      occurredAt: String(row.occurred_at),
      payload: readStoredPayload(String(row.payload)),
    }),
};

function canonicalOrFail(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("generate: a block row cannot be canonicalised");
  return text;
}

function splitText(value: unknown, tails: Map<string, string>): Cell {
  if (typeof value !== "string") return value as Cell;
  const parts: string[] = [];
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    const token = match[0];
    if (token.length === UUID_LENGTH) checkId(token, tails);
    parts.push(value.slice(last, match.index), token);
    last = match.index + token.length;
  }
  if (parts.length === 0) return value;
  parts.push(value.slice(last));
  return { parts };
}

function splitCanonical(text: string, tails: Map<string, string>): Split {
  // A token right before `":` is an object key.
  for (const match of text.matchAll(TOKEN)) {
    if (text.startsWith('":', match.index + match[0].length)) {
      throw new Error("generate: a token in an object key would reorder the canonical text");
    }
  }
  const cell = splitText(text, tails);
  return typeof cell === "string" ? { parts: [cell] } : (cell as Split);
}

/**
 * A copy's id is the block id with its first eight digits replaced by the copy's number, so
 * two ids of the block must not share the other 28 and every block id must carry the block's
 * prefix (anything else, say an id some module draws at random, could meet a copy's).
 */
function checkId(id: string, tails: Map<string, string>): void {
  if (!id.startsWith(BLOCK_ID_PREFIX)) {
    throw new Error(`generate: the block holds an id not drawn from its ids (${id})`);
  }
  const tail = id.slice(BLOCK_ID_PREFIX.length);
  const seen = tails.get(tail);
  if (seen === undefined) tails.set(tail, id);
  else if (seen !== id) throw new Error(`generate: two block ids share their tail (${id})`);
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
