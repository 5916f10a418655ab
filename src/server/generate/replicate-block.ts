import { hash as hashText } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { GENESIS_HASH } from "../../domain/ledger/ledger";
import type { DatabaseHandle } from "../db/connect";
import type { Database } from "../db/schema";
import { HASH_LENGTH, isSplit, type Block, type BlockTable, type Split } from "./block-template";

/**
 * Copies of a generated block of organisations and engagement histories, each with ids of its
 * own: what makes `accord generate` reach millions of engagements. The block itself is written
 * by the use-cases; a copy is the same histories for other organisations and people, so
 * everything that depends on ids is recomputed over the copy's text: agreement content hashes,
 * check-in answer commitments, and every ledger chained again (the domain's `hashEvent`: the
 * SHA-256 of the previous hash and the event's canonical text, here joined from the block's
 * split canonical text rather than canonicalised again).
 *
 * Copy number `n` (1, 2, …) replaces the first eight digits of each block id by `n` in hex (the
 * block's own ids start with eight zeros), so copies never meet each other's ids, a seed gives
 * the same instance, and each copy's rows land together at the end of every primary-key index.
 * The people's e-mail domains are numbered by copy.
 */
const EMAIL_DOMAIN = ".generated.test";
/** Parameters per statement, under SQLite's (32,766) and PostgreSQL's (65,535) limits. */
const MAX_PARAMETERS = 30_000;
/** Rows per SQLite insert statement: past a few dozen, longer statements buy nothing. */
const SQLITE_ROWS_PER_STATEMENT = 64;

interface CopiedTable {
  table: BlockTable;
  /** Every row's values, one after the other, in the table's column order. */
  values: unknown[];
}

/**
 * What makes copy number `copy` of the block: its tokens (ids, e-mail domain, and the hashes
 * that other rows quote) and the values computed over its text (per table and column, one per
 * block row): agreement content hashes, check-in answer commitments, every ledger chained
 * again. Ledger hashes join the quoted hashes, since mail quotes the ledger's head.
 */
export interface CopyPlan {
  /** The eight hex digits that replace the block's `00000000` in every id. */
  prefix: string;
  /** The copy's e-mail domain, for the block's `.generated.test`. */
  domain: string;
  /** Joins a split cell with the copy's tokens. */
  join: (split: Split) => string;
  /** The block's hashes that rows quote (and the ledgers' own), each with the copy's. */
  hashes: ReadonlyMap<string, string>;
  derived: Map<string, Map<string, unknown[]>>;
}

/** Copy number `copy`'s id prefix and e-mail domain (see `CopyPlan`). */
export function copyTokens(copy: number): { prefix: string; domain: string } {
  return { prefix: copy.toString(16).padStart(8, "0"), domain: `.c${copy}${EMAIL_DOMAIN}` };
}

export function planCopy(block: Block, copy: number): CopyPlan {
  const { prefix, domain } = copyTokens(copy);
  const hashes = new Map<string, string>();
  const token = (value: string): string => {
    if (value.length === HASH_LENGTH) return hashes.get(value) ?? value;
    if (value === EMAIL_DOMAIN) return domain;
    return prefix + value.slice(prefix.length);
  };
  const join = (split: Split): string => {
    const { parts } = split;
    let text = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2) {
      text += token(parts[i] as string) + (parts[i + 1] as string);
    }
    return text;
  };

  // Hashes over ids first (ledger payloads quote them), then the ledgers (mail quotes them).
  const derived = new Map<string, Map<string, unknown[]>>();
  const byName = new Map(block.tables.map((table) => [table.name, table]));
  const terms = byName.get("agreement_versions");
  if (terms) derived.set(terms.name, rehashTerms(terms));
  const answers = byName.get("check_in_answers");
  if (answers) derived.set(answers.name, rehashAnswers(answers));
  const events = byName.get("engagement_events");
  if (events) derived.set(events.name, rechain(events));

  function rehashTerms(table: BlockTable): Map<string, unknown[]> {
    const blockHashes = blockTexts(table, "content_hash");
    const texts: string[] = [];
    const contentHashes: string[] = [];
    (table.hashed ?? []).forEach((canonical, index) => {
      const text = join(canonical);
      const hash = sha256(text);
      hashes.set(blockHashes[index] as string, hash);
      texts.push(text);
      contentHashes.push(hash);
    });
    return new Map<string, unknown[]>([
      ["terms", texts],
      ["content_hash", contentHashes],
    ]);
  }
  function rehashAnswers(table: BlockTable): Map<string, unknown[]> {
    const blockHashes = blockTexts(table, "answer_hash");
    const answerHashes = (table.hashed ?? []).map((canonical, index) => {
      const [salt = "", old] = (blockHashes[index] as string).split(":");
      const hash = sha256(join(canonical));
      if (old) hashes.set(old, hash);
      return `${token(salt)}:${hash}`;
    });
    return new Map<string, unknown[]>([["answer_hash", answerHashes]]);
  }
  /** Chains each engagement's events again (they come ordered by engagement and seq). */
  function rechain(table: BlockTable): Map<string, unknown[]> {
    const seq = table.columns.indexOf("seq");
    const blockHashes = blockTexts(table, "hash");
    const previousHashes: string[] = [];
    const eventHashes: string[] = [];
    let previous = GENESIS_HASH;
    (table.hashed ?? []).forEach((canonical, r) => {
      const cells = table.rows[r];
      if (Number(cells?.[seq]) === 1) previous = GENESIS_HASH;
      const next = hashText("sha256", previous + join(canonical));
      previousHashes.push(previous);
      eventHashes.push(next);
      hashes.set(blockHashes[r] as string, next);
      previous = next;
    });
    return new Map<string, unknown[]>([
      ["prev_hash", previousHashes],
      ["hash", eventHashes],
    ]);
  }

  return { prefix, domain, join, hashes, derived };
}

/** The rows of copy number `copy`, as flat value arrays per table. */
export function copyRows(block: Block, copy: number): CopiedTable[] {
  const { join, derived } = planCopy(block, copy);
  return block.tables.map((table) => {
    const { columns, rows } = table;
    const width = columns.length;
    const values = new Array<unknown>(rows.length * width);
    const overrides = columns.map((column) => derived.get(table.name)?.get(column));
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r] as BlockTable["rows"][number];
      for (let c = 0; c < width; c++) {
        const override = overrides[c];
        const cell = cells[c] as BlockTable["rows"][number][number];
        values[r * width + c] = override ? override[r] : isSplit(cell) ? join(cell) : cell;
      }
    }
    return { table, values };
  });
}

const texts = new WeakMap<BlockTable, Map<string, string[]>>();

/** A column's cells as the block holds them, as text: the same for every copy, so read once. */
function blockTexts(table: BlockTable, column: string): string[] {
  let byColumn = texts.get(table);
  if (!byColumn) texts.set(table, (byColumn = new Map<string, string[]>()));
  let cells = byColumn.get(column);
  if (!cells) {
    const index = table.columns.indexOf(column);
    cells = table.rows.map((row) => {
      const cell = row[index];
      return cell !== undefined && isSplit(cell) ? cell.parts.join("") : String(cell);
    });
    byColumn.set(column, cells);
  }
  return cells;
}

function sha256(text: string): string {
  return hashText("sha256", text);
}

/**
 * Writes copies `from` … `to` − 1 of the block in one transaction: on SQLite below Kysely, with
 * multi-row inserts prepared once per table and row count; on PostgreSQL through Kysely, in the
 * order the tables were created (it checks each foreign key as rows arrive).
 */
export async function writeCopies(
  handle: DatabaseHandle,
  block: Block,
  from: number,
  to: number,
): Promise<void> {
  const { sqlite } = handle;
  if (sqlite) {
    const insert = sqliteInserter(sqlite);
    sqlite.transaction(() => {
      for (let copy = from; copy < to; copy++) {
        for (const copied of copyRows(block, copy)) insert(copied);
      }
    })();
    return;
  }
  await handle.db.transaction().execute(async (trx) => {
    for (let copy = from; copy < to; copy++) {
      for (const { table, values } of copyRows(block, copy)) {
        const width = table.columns.length;
        const rows: Record<string, unknown>[] = [];
        for (let at = 0; at < values.length; at += width) {
          const row: Record<string, unknown> = {};
          table.columns.forEach((column, c) => (row[column] = values[at + c]));
          rows.push(row);
        }
        const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / width));
        for (let start = 0; start < rows.length; start += perStatement) {
          await trx
            .insertInto(table.name as keyof Database)
            .values(rows.slice(start, start + perStatement))
            .execute();
        }
      }
    }
  });
}

const inserters = new WeakMap<BetterSqlite3.Database, (copied: CopiedTable) => void>();

/** Inserts a table's copied rows a statement of up to 64 rows at a time, each prepared once. */
function sqliteInserter(sqlite: BetterSqlite3.Database): (copied: CopiedTable) => void {
  const known = inserters.get(sqlite);
  if (known) return known;
  const statements = new Map<string, BetterSqlite3.Statement>();
  const statement = (table: BlockTable, rows: number) => {
    const key = `${table.name}:${rows}`;
    let prepared = statements.get(key);
    if (!prepared) {
      const columns = table.columns.map((c) => `"${c}"`).join(", ");
      const row = `(${table.columns.map(() => "?").join(", ")})`;
      prepared = sqlite.prepare(
        `insert into "${table.name}" (${columns}) values ${Array(rows).fill(row).join(", ")}`,
      );
      statements.set(key, prepared);
    }
    return prepared;
  };
  const insert = ({ table, values }: CopiedTable) => {
    const width = table.columns.length;
    const perStatement = Math.max(
      1,
      Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / width)),
    );
    const rows = values.length / width;
    for (let start = 0; start < rows; start += perStatement) {
      const count = Math.min(perStatement, rows - start);
      statement(table, count).run(values.slice(start * width, (start + count) * width));
    }
  };
  inserters.set(sqlite, insert);
  return insert;
}
