import type BetterSqlite3 from "better-sqlite3";
import {
  BLOCK_ID_PREFIX,
  HASH_LENGTH,
  isSplit,
  type Block,
  type BlockTable,
} from "./block-template";
import { copyTokens, planCopy, type CopyPlan } from "./replicate-block";

/**
 * Copies of the block made inside SQLite: each table's copy is one `insert … select`
 * from the block's rows, its ids rewritten by SQL, so no row crosses into JavaScript and back.
 * The block's rows are first kept aside in temporary tables (a table copied into itself would
 * be buffered by SQLite at every statement). Only what SQL cannot compute comes from
 * JavaScript: the hashes (agreement terms, check-in answers, every ledger chained again),
 * computed per copy as for PostgreSQL (`planCopy`), so both give the same rows, then put in a
 * temporary table by number, where the cells holding or quoting one (ledger hashes,
 * signatures, ledger payloads, mail quoting a ledger's head) look theirs up, with no call into
 * JavaScript per cell.
 *
 * A column is rewritten by SQL only where that is exact for every block row: each
 * `00000000-` in its text starts one of the block's ids and each `.generated.test` is the
 * e-mail domain; any other column goes through a function called per cell, which joins it from
 * the block's split text.
 */
export interface SqliteCopier {
  /**
   * Writes copies `from` … `to` − 1 (inside the caller's transaction, if any), given each
   * one's hashes of `quoted` (`copyHashes`, from whichever thread computed them), but for the
   * tables written later (`writeLater`).
   */
  write(from: number, to: number, hashes: readonly string[]): void;
  /**
   * Writes copies `from` … `to` − 1 of one of the tables written later, once `write` has
   * written every copy of the others: its pages then follow each other in the file. The hashes
   * its rows quote were kept aside by `write`.
   */
  writeLater(table: string, from: number, to: number): void;
  /** The block's hashes that the copies recompute, in the order `write` takes them. */
  quoted: string[];
  /** Drops the temporary tables. */
  close(): void;
  /** The columns (`table.column`) with rows that JavaScript joins: none for a generated block. */
  joinedColumns: string[];
}

const CELL_FUNCTION = "accord_copy_cell";
/** The copy's hashes by number (see `quoted`), looked up by the rows that quote one. */
const HASHES = "accord_copy_hashes";
/** The hashes the tables written later quote, by copy, kept from `write` for `writeLater`. */
const LATER_HASHES = "accord_later_hashes";
/** A column whose every cell is one quoted hash: the whole cell is looked up. */
const HASH_CELL = "accord_hash_cell";
const ROWID = "accord_rowid";
const EMAIL_DOMAIN = ".generated.test";
const ID_PREFIX = `${BLOCK_ID_PREFIX}-`;

interface ColumnSource {
  table: BlockTable;
  column: number;
  /** The block row of each rowid of the table. */
  rowOf: Map<number, number>;
  /** The rows whose cell JavaScript joins (the function gives null for the others). */
  joined: Uint8Array;
  /** A value each copy computes (a hash, or the text it covers), when SQL cannot rewrite it. */
  derived?: string;
}

export function sqliteCopier(
  sqlite: BetterSqlite3.Database,
  block: Block,
  options: { later?: readonly string[] } = {},
): SqliteCopier {
  const later = new Set(options.later);
  const sources: ColumnSource[] = [];
  let plan: CopyPlan | undefined;
  const current = (): CopyPlan => {
    if (!plan) throw new Error("generate: no copy under way");
    return plan;
  };
  // The few cells SQL cannot rewrite exactly, joined with the copy's tokens.
  sqlite.function(CELL_FUNCTION, { deterministic: false, directOnly: true }, (key, rowid) => {
    const source = sources[Number(key)];
    const row = source?.rowOf.get(Number(rowid));
    if (!source || row === undefined) throw new Error("generate: no such block cell");
    if (!source.joined[row]) return null;
    if (source.derived !== undefined) {
      const value = current().derived.get(source.table.name)?.get(source.derived)?.[row];
      if (typeof value !== "string") throw new Error("generate: a hash was not computed");
      return value;
    }
    const cell = source.table.rows[row]?.[source.column];
    return cell !== undefined && isSplit(cell) ? current().join(cell) : (cell as string);
  });

  // The hashes each copy recomputes (the old ones are the keys of any copy's map); the values
  // each copy derives must be what rewriting the block's cells by those hashes gives.
  const first = planCopy(block, 1);
  const quoted = new Set(first.hashes.keys());
  // The copy's hashes, numbered as the block's are in `quoted`: rows look theirs up by number
  // in this table, refilled in one statement per copy, rather than calling JavaScript per cell
  // (a ledger event's two hashes, each crossing into JavaScript and back, were a tenth of the
  // copies' time).
  const hashNumbers = new Map([...quoted].map((hash, number) => [hash, number]));
  sqlite.exec(`drop table if exists temp.${HASHES}`);
  sqlite.exec(`create temp table ${HASHES} (number integer primary key, hash text not null)`);
  const fillHashes = sqlite.prepare(
    `insert or replace into temp.${HASHES} (number, hash) select key, value from json_each(?)`,
  );
  const lookUp = (number: string) => `(select hash from temp.${HASHES} where number = ${number})`;
  const derivedByHashes = (table: BlockTable, name: string, values: unknown[]): boolean => {
    const column = table.columns.indexOf(name);
    return table.rows.every((cells, row) => {
      const cell = cells[column];
      return cell !== undefined && isSplit(cell) && first.join(cell) === values[row];
    });
  };

  const tables = block.tables.map((table) => {
    const quotedNumbers = new Set<number>();
    const temporary = `accord_block_${table.name}`;
    const rowids = table.rowids;
    if (!rowids) throw new Error("generate: the block was not read from SQLite");
    sqlite.exec(`drop table if exists temp."${temporary}"`);
    // Kept in the order of the table's primary key, which a copy's ids keep: each copy's rows
    // then go in at the right edge of its primary key's index, one after the other, rather
    // than each between two of the copy's others (docs/PERFORMANCE.md has the figures).
    const order = primaryKeyOrder(sqlite, table.name);
    sqlite
      .prepare(
        `create temp table "${temporary}" as select rowid as ${ROWID}, * from main."${table.name}"
          where rowid in (select value from json_each(?)) order by ${order}`,
      )
      .run(JSON.stringify(rowids));
    const rowOf = new Map(rowids.map((rowid, row) => [rowid, row]));
    const derived = first.derived.get(table.name);
    const expressions = table.columns.map((name, column) => {
      const values = derived?.get(name);
      const isExact = !values || derivedByHashes(table, name, values);
      const { sql, quotes, joined } = columnExpression(table, column, quoted, isExact);
      let expression = sql;
      if (quotes) {
        // Each row's one quoted hash and its number, kept beside the block's row.
        const extra = `accord_quoted_${column}`;
        const number = `accord_quoted_number_${column}`;
        sqlite.exec(`alter table temp."${temporary}" add column ${extra} text`);
        sqlite.exec(`alter table temp."${temporary}" add column ${number} integer`);
        const update = sqlite.prepare(
          `update temp."${temporary}" set ${extra} = ?, ${number} = ? where ${ROWID} = ?`,
        );
        quotes.forEach((hash, row) => {
          if (hash === undefined) return;
          const number = hashNumbers.get(hash);
          if (number !== undefined) quotedNumbers.add(number);
          update.run(hash, number, rowids[row]);
        });
        expression =
          sql === HASH_CELL
            ? `coalesce(${lookUp(number)}, "${name}")`
            : `case when ${extra} is null then ${sql} else replace(${sql}, ${extra}, ${lookUp(number)}) end`;
      }
      if (!joined) return expression;
      sources.push({ table, column, rowOf, joined, ...(!isExact && { derived: name }) });
      return `coalesce(${CELL_FUNCTION}(${sources.length - 1}, ${ROWID}), ${expression})`;
    });
    const columns = table.columns.map((name) => `"${name}"`).join(", ");
    const statement = sqlite.prepare(
      `insert into main."${table.name}" (${columns}) select ${expressions.join(", ")}
        from temp."${temporary}" order by rowid`,
    );
    return { name: table.name, statement, quotedNumbers };
  });
  const now = tables.filter((table) => !later.has(table.name));
  const laterNumbers = [
    ...new Set(
      tables.filter((table) => later.has(table.name)).flatMap((table) => [...table.quotedNumbers]),
    ),
  ];
  sqlite.exec(`drop table if exists temp.${LATER_HASHES}`);
  sqlite.exec(
    `create temp table ${LATER_HASHES} (copy integer, number integer, hash text not null,
      primary key (copy, number)) without rowid`,
  );
  const keepLaterHashes = sqlite.prepare(
    `insert into temp.${LATER_HASHES} (copy, number, hash) select @copy, number, hash
      from temp.${HASHES} where number in (select value from json_each(@numbers))`,
  );
  const restoreLaterHashes = sqlite.prepare(
    `insert or replace into temp.${HASHES} (number, hash) select number, hash
      from temp.${LATER_HASHES} where copy = ?`,
  );
  const numbers = JSON.stringify(laterNumbers);

  return {
    joinedColumns: sources.map(
      ({ table, column }) => `${table.name}.${String(table.columns[column])}`,
    ),
    quoted: [...quoted],
    write(from, to, hashes) {
      for (let copy = from; copy < to; copy++) {
        // Only cells joined by JavaScript need the whole plan (none for a generated block).
        if (sources.length > 0) plan = planCopy(block, copy);
        const copyHashes = hashes[copy - from];
        if (copyHashes === undefined) throw new Error("generate: a copy's hashes are missing");
        fillHashes.run(copyHashes);
        if (laterNumbers.length > 0) keepLaterHashes.run({ copy, numbers });
        const { prefix, domain } = copyTokens(copy);
        for (const { statement } of now) statement.run({ prefix: `${prefix}-`, domain });
      }
      plan = undefined;
    },
    writeLater(name, from, to) {
      const table = tables.find((each) => each.name === name);
      if (!table || !later.has(name)) throw new Error(`generate: ${name} is not written later`);
      for (let copy = from; copy < to; copy++) {
        if (sources.length > 0) plan = planCopy(block, copy);
        if (table.quotedNumbers.size > 0) restoreLaterHashes.run(copy);
        const { prefix, domain } = copyTokens(copy);
        table.statement.run({ prefix: `${prefix}-`, domain });
      }
      plan = undefined;
    },
    close() {
      for (const table of block.tables) {
        sqlite.exec(`drop table if exists temp."accord_block_${table.name}"`);
      }
      sqlite.exec(`drop table if exists temp.${HASHES}`);
      sqlite.exec(`drop table if exists temp.${LATER_HASHES}`);
    },
  };
}

/**
 * A column's SQL in the copy, exact for every block row: as it is without tokens;
 * `@prefix || substr(…)` when every cell is one id; `replace(…)` of the ids and e-mail domain;
 * a quoted hash looked up (one per cell, kept beside the row: `quotes`); and for the rows none
 * of that fits (`joined`), the cell joined by JavaScript. `isExact` false sends every row there.
 */
function columnExpression(
  table: BlockTable,
  column: number,
  quoted: ReadonlySet<string>,
  isExact: boolean,
): { sql: string; quotes?: (string | undefined)[]; joined?: Uint8Array } {
  const name = `"${table.columns[column] as string}"`;
  const joined = new Uint8Array(table.rows.length);
  const quotes = new Array<string | undefined>(table.rows.length);
  let hasJoined = false;
  let hasIds = false;
  let hasQuotes = false;
  let isEveryCellAnId = true;
  let isEveryCellAHash = true;
  const join = (row: number) => {
    joined[row] = 1;
    hasJoined = true;
  };
  for (let row = 0; row < table.rows.length; row++) {
    const cell = table.rows[row]?.[column];
    if (cell === null || cell === undefined) continue;
    if (!isExact) {
      join(row);
      continue;
    }
    if (!isSplit(cell)) {
      isEveryCellAnId = false;
      isEveryCellAHash = false;
      if (typeof cell === "string" && (cell.includes(ID_PREFIX) || cell.includes(EMAIL_DOMAIN))) {
        join(row);
      }
      continue;
    }
    const { parts } = cell;
    const text = parts.join("");
    let ids = 0;
    let domains = 0;
    const hashes = new Set<string>();
    for (let i = 1; i < parts.length; i += 2) {
      const token = parts[i] as string;
      if (token.length === HASH_LENGTH) {
        if (quoted.has(token)) hashes.add(token);
      } else if (token === EMAIL_DOMAIN) domains++;
      else ids++;
    }
    const [hash, ...others] = hashes;
    const isOneToken = parts.length === 3 && parts[0] === "" && parts[2] === "";
    if (!(isOneToken && ids === 1)) isEveryCellAnId = false;
    if (!(isOneToken && parts[1]?.length === HASH_LENGTH)) isEveryCellAHash = false;
    if (
      others.length > 0 ||
      count(text, ID_PREFIX) !== ids ||
      count(text, EMAIL_DOMAIN) !== domains ||
      (hash !== undefined && count(text, hash) !== parts.filter((p) => p === hash).length)
    ) {
      join(row);
      continue;
    }
    if (ids > 0 || domains > 0) hasIds = true;
    if (hash !== undefined) {
      quotes[row] = hash;
      hasQuotes = true;
    }
  }
  const joinedRows = hasJoined ? { joined } : {};
  if (isEveryCellAHash && hasQuotes) return { sql: HASH_CELL, quotes, ...joinedRows };
  let sql = name;
  if (isEveryCellAnId && hasIds) sql = `@prefix || substr(${name}, ${ID_PREFIX.length + 1})`;
  else if (hasIds) {
    sql = `case when typeof(${name}) = 'text' then replace(replace(${name}, '${ID_PREFIX}', @prefix), '${EMAIL_DOMAIN}', @domain) else ${name} end`;
  }
  return { sql, ...(hasQuotes ? { quotes } : {}), ...joinedRows };
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** A table's primary key columns, for `order by` (its rowid when it has none of its own). */
function primaryKeyOrder(sqlite: BetterSqlite3.Database, table: string): string {
  const columns = (sqlite.pragma(`table_info("${table}")`) as { name: string; pk: number }[])
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => `"${column.name}"`);
  return columns.length > 0 ? columns.join(", ") : "rowid";
}
