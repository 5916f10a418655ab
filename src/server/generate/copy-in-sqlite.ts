import type BetterSqlite3 from "better-sqlite3";
import {
  BLOCK_ID_PREFIX,
  HASH_LENGTH,
  isSplit,
  type Block,
  type BlockTable,
} from "./block-template";
import { planCopy, type CopyPlan } from "./replicate-block";

/**
 * Copies of the block made inside SQLite (h-gen2): each table's copy is one `insert … select`
 * from the block's rows, its ids rewritten by SQL, so no row crosses into JavaScript and back.
 * The block's rows are first kept aside in temporary tables (a table copied into itself would
 * be buffered by SQLite at every statement). Only what SQL cannot compute comes from
 * JavaScript, through one function called per cell: the hashes (agreement terms, check-in
 * answers, every ledger chained again) and the cells that quote one of them (signatures, ledger
 * payloads, mail quoting a ledger's head), joined from the block's split text as for
 * PostgreSQL (`copyRows`), so both give the same rows.
 *
 * A column is rewritten by SQL only where that is exact for every block row: each
 * `00000000-` in its text starts one of the block's ids and each `.generated.test` is the
 * e-mail domain; any other column goes through the function.
 */
export interface SqliteCopier {
  /** Writes copies `from` … `to` − 1 (inside the caller's transaction, if any). */
  write(from: number, to: number): void;
  /** Drops the temporary tables. */
  close(): void;
  /** The columns (`table.column`) with rows that JavaScript joins: none for a generated block. */
  joinedColumns: string[];
}

const CELL_FUNCTION = "accord_copy_cell";
const HASH_FUNCTION = "accord_copy_hash";
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

export function sqliteCopier(sqlite: BetterSqlite3.Database, block: Block): SqliteCopier {
  const sources: ColumnSource[] = [];
  let plan: CopyPlan | undefined;
  const current = (): CopyPlan => {
    if (!plan) throw new Error("generate: no copy under way");
    return plan;
  };
  // A quoted hash (or a ledger's own) as the copy has it: each copy's are computed once.
  sqlite.function(HASH_FUNCTION, { deterministic: false, directOnly: true }, (quoted) => {
    const text = String(quoted);
    return current().hashes.get(text) ?? text;
  });
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
  const derivedByHashes = (table: BlockTable, name: string, values: unknown[]): boolean => {
    const column = table.columns.indexOf(name);
    return table.rows.every((cells, row) => {
      const cell = cells[column];
      return cell !== undefined && isSplit(cell) && first.join(cell) === values[row];
    });
  };

  const statements = block.tables.map((table) => {
    const temporary = `accord_block_${table.name}`;
    const rowids = table.rowids;
    if (!rowids) throw new Error("generate: the block was not read from SQLite");
    sqlite.exec(`drop table if exists temp."${temporary}"`);
    sqlite
      .prepare(
        `create temp table "${temporary}" as select rowid as ${ROWID}, * from main."${table.name}"
          where rowid in (select value from json_each(?)) order by rowid`,
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
        // Each row's one quoted hash, kept beside the block's row.
        const extra = `accord_quoted_${column}`;
        sqlite.exec(`alter table temp."${temporary}" add column ${extra} text`);
        const update = sqlite.prepare(
          `update temp."${temporary}" set ${extra} = ? where ${ROWID} = ?`,
        );
        quotes.forEach((hash, row) => {
          if (hash !== undefined) update.run(hash, rowids[row]);
        });
        expression = `case when ${extra} is null then ${sql} else replace(${sql}, ${extra}, ${HASH_FUNCTION}(${extra})) end`;
      }
      if (!joined) return expression;
      sources.push({ table, column, rowOf, joined, ...(!isExact && { derived: name }) });
      return `coalesce(${CELL_FUNCTION}(${sources.length - 1}, ${ROWID}), ${expression})`;
    });
    const columns = table.columns.map((name) => `"${name}"`).join(", ");
    return sqlite.prepare(
      `insert into main."${table.name}" (${columns}) select ${expressions.join(", ")}
        from temp."${temporary}" order by ${ROWID}`,
    );
  });

  return {
    joinedColumns: sources.map(
      ({ table, column }) => `${table.name}.${String(table.columns[column])}`,
    ),
    write(from, to) {
      for (let copy = from; copy < to; copy++) {
        plan = planCopy(block, copy);
        const parameters = { prefix: `${plan.prefix}-`, domain: plan.domain };
        for (const statement of statements) statement.run(parameters);
      }
      plan = undefined;
    },
    close() {
      for (const table of block.tables) {
        sqlite.exec(`drop table if exists temp."accord_block_${table.name}"`);
      }
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
  if (isEveryCellAHash && hasQuotes) return { sql: `${HASH_FUNCTION}(${name})`, ...joinedRows };
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
