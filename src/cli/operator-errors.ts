import type { MessageKey } from "../i18n/messages/en";
import type { MessageValues } from "../i18n/translate";
import { cliLocale } from "./cli-locale";

/**
 * How PostgreSQL refuses a connection: the server is not there (the system's codes, with the
 * call that failed), or it turns Accord away (SQLSTATE: bad password or role, no such
 * database, starting up or shutting down, too many connections).
 */
const UNREACHABLE_CALLS = new Set(["connect", "getaddrinfo"]);
const REFUSING_STATES = new Set(["28P01", "28000", "3D000", "57P03", "53300"]);
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH"]);

/**
 * A command's refusal of what the operator gave it (a file, an engagement's id, a value), in
 * the catalogue's words: thrown where the command finds it, so that a database opened for the
 * command is closed on the way out, and said by `reportOperatorError` in the operator's
 * language. Exit 2 for a call to change (a usage error), 1 for a thing that is not there.
 */
export class OperatorRefusal extends Error {
  override readonly name = "OperatorRefusal";
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues,
    readonly exitCode: 1 | 2,
  ) {
    super(key);
  }
}

/** How the system refuses a file, as `cli.file_unusable` names it. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: "missing",
  EISDIR: "directory",
  ENOTDIR: "not_directory",
  EACCES: "denied",
  EPERM: "denied",
  EEXIST: "exists",
  ENOSPC: "full",
  EDQUOT: "full",
  EROFS: "read_only",
  SQLITE_FULL: "full",
};

/**
 * A file the operator named that could not be read or written, as a refusal naming it and why;
 * anything that is not the system's refusal of a file (a bug) is given back as it is.
 */
export function fileRefusal(path: string, access: "read" | "write", error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== "string") return error;
  const problem = FILE_PROBLEMS[code] ?? "other";
  if (problem === "other" && !code.startsWith("E") && !code.startsWith("SQLITE_")) return error;
  return new OperatorRefusal(
    "cli.file_unusable",
    { path, access, problem, reason: error.message },
    1,
  );
}

/** Where `accord serve` could not listen: the port taken, or not Accord's to take. */
function describeListenError(error: Error & { code?: unknown; address?: unknown; port?: unknown }) {
  const problem =
    error.code === "EADDRINUSE" ? "in_use" : error.code === "EACCES" ? "denied" : "other";
  return {
    key: "cli.port_unavailable" as const,
    values: {
      address: `${String(error.address)}:${String(error.port)}`,
      problem,
      reason: error.message,
    },
    exitCode: 1,
  };
}

interface Described {
  /** `null`: the message is `values.message` as it is (commander's own, or none). */
  key: MessageKey | null;
  values: MessageValues;
  exitCode: number;
}

function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

function isUnreachable(error: Error & { code?: unknown; syscall?: unknown }): boolean {
  if (typeof error.syscall === "string" && UNREACHABLE_CALLS.has(error.syscall)) return true;
  const code = error.code;
  if (typeof code !== "string") return false;
  // Node reports every address of a host it could not reach as one AggregateError.
  if (error instanceof AggregateError) return UNREACHABLE_CODES.has(code);
  return REFUSING_STATES.has(code);
}

/** Why it failed, in the driver's words: an AggregateError has no message of its own. */
function reasonOf(error: Error & { code?: unknown }): string {
  if (error.message !== "") return error.message;
  if (error instanceof AggregateError) {
    const first: unknown = error.errors[0];
    if (first instanceof Error && first.message !== "") return first.message;
  }
  return typeof error.code === "string" ? error.code : error.name;
}

/**
 * An operator's mistake in the environment, as one sentence to show instead of a stack trace:
 * a setting that does not parse, a database URL of no known kind (both usage errors, exit 2),
 * a database that cannot be reached or opened, a port that cannot be listened on (exit 1); or
 * a command's own `OperatorRefusal`. Anything else is a bug: `null`.
 */
export function describeOperatorError(
  error: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Described | null {
  if (!(error instanceof Error)) return null;
  // By its code: the compiled bundle renames commander's error class, and its name with it.
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("commander.")) return describeUsageError(error);
  if (error instanceof OperatorRefusal)
    return { key: error.key, values: error.values, exitCode: error.exitCode };
  if ((error as Error & { syscall?: unknown }).syscall === "listen")
    return describeListenError(error);
  const database = redacted(env.ACCORD_DATABASE_URL ?? "sqlite:./data/accord.db");
  switch (error.name) {
    case "InvalidConfigError": {
      const problems = (error as Error & { problems?: readonly string[] }).problems ?? [];
      return { key: "cli.config_invalid", values: { problems: problems.join("; ") }, exitCode: 2 };
    }
    case "UnsupportedDatabaseUrlError":
      return { key: "cli.database_url_unsupported", values: { url: database }, exitCode: 2 };
    case "DatabaseOpenError":
      return {
        key: "cli.database_unreachable",
        values: { database, reason: error.message },
        exitCode: 1,
      };
  }
  if (!isUnreachable(error)) return null;
  return {
    key: "cli.database_unreachable",
    values: { database, reason: reasonOf(error) },
    exitCode: 1,
  };
}

/**
 * A refusal of commander's (marked with `commandPath` by main.ts): help and version shown are
 * exits with code 0 and no message; a mistake in the call is a usage error (exit 2) naming what
 * to fix, in the catalogue's words; anything else keeps commander's own message.
 */
function describeUsageError(
  error: Error & { code?: unknown; exitCode?: unknown; commandPath?: unknown },
): Described {
  const command = typeof error.commandPath === "string" ? error.commandPath : "accord";
  // Commander quotes what it refuses: the option, the argument or the command.
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const option = name.split(" ")[0] ?? name;
  switch (error.code) {
    case "commander.unknownOption":
      return { key: "cli.usage.unknown_option", values: { option, command }, exitCode: 2 };
    case "commander.unknownCommand":
      return { key: "cli.usage.unknown_command", values: { name, command }, exitCode: 2 };
    case "commander.missingArgument":
      return { key: "cli.usage.missing_argument", values: { name, command }, exitCode: 2 };
    case "commander.optionMissingArgument":
    case "commander.missingMandatoryOptionValue":
      return { key: "cli.usage.option_value_missing", values: { option, command }, exitCode: 2 };
    case "commander.excessArguments":
      return { key: "cli.usage.excess_arguments", values: { command }, exitCode: 2 };
  }
  const exitCode = typeof error.exitCode === "number" ? error.exitCode : 1;
  const isMessage = exitCode !== 0 && error.message !== "" && !error.message.startsWith("(");
  return { key: null, values: { message: isMessage ? error.message : "" }, exitCode };
}

/** Writes an operator's mistake in their language and sets the exit code; false for a bug. */
export async function reportOperatorError(error: unknown): Promise<boolean> {
  const described = describeOperatorError(error);
  if (!described) return false;
  if (described.key === null) {
    const message = String(described.values.message ?? "");
    if (message !== "") process.stderr.write(`${message}\n`);
  } else {
    const { translate } = await import("../i18n/translate");
    process.stderr.write(`${translate(await cliLocale(), described.key, described.values)}\n`);
  }
  process.exitCode = described.exitCode;
  return true;
}
