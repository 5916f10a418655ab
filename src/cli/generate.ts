import { Command } from "commander";
import { performance } from "node:perf_hooks";
import type { MessageKey } from "../i18n/messages/en";
import type { MessageValues } from "../i18n/translate";
import { cliLocale } from "./cli-locale";
import { progressLine } from "./progress-bar";
import { loadCliConfig, withDatabase } from "./with-database";

/** What each flag takes: a whole number from `min` (to `max`), shown with `example` when missing. */
const FLAGS = {
  // Half clients, half providers: one of each at least.
  orgs: { flag: "--orgs", min: 2, max: Number.MAX_SAFE_INTEGER, example: "20" },
  engagements: { flag: "--engagements", min: 1, max: Number.MAX_SAFE_INTEGER, example: "1000" },
  // The generator's random sequence takes 32 bits of the seed: larger ones would repeat others.
  seed: { flag: "--seed", min: 0, max: 2 ** 32 - 1, example: "1" },
  // Optional: without it, the generator sizes the block from --orgs and --engagements.
  block: { flag: "--block", min: 1, max: Number.MAX_SAFE_INTEGER, example: "40" },
} as const;

const OPTIONAL_FLAGS = ["block"] as const;

type FlagName = keyof typeof FLAGS;

/** Every flag's number; the optional ones only when given. */
type ParsedFlags = Record<Exclude<FlagName, (typeof OPTIONAL_FLAGS)[number]>, number> &
  Partial<Record<FlagName, number>>;

/** A flag as commander hands it over: its text, `true` when given without one, or absent. */
type FlagValue = string | true | undefined;

type Refusal = { key: MessageKey; values: MessageValues };

function wholeNumber(name: FlagName, value: FlagValue): number | Refusal {
  const { flag, min, max, example } = FLAGS[name];
  if (value === undefined || value === true) {
    return { key: "cli.generate.value_missing", values: { flag, min, example } };
  }
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  const hasMax = max < Number.MAX_SAFE_INTEGER ? "yes" : "no";
  return { key: "cli.generate.value_invalid", values: { flag, min, max, hasMax, value } };
}

/**
 * The flags as numbers, or the first refusal. Commander only collects their text (`[n]`), so
 * that a missing, negative or non-numeric value is refused here, in the operator's language,
 * instead of by commander's English messages.
 */
function parseFlags(
  options: Record<FlagName, FlagValue>,
  defaults: Partial<Record<FlagName, number>>,
): ParsedFlags | Refusal {
  const parsed: Partial<Record<FlagName, number>> = {};
  for (const name of Object.keys(FLAGS) as FlagName[]) {
    const given = options[name];
    if (given === undefined && (OPTIONAL_FLAGS as readonly FlagName[]).includes(name)) continue;
    const fallback = defaults[name];
    const value =
      given === undefined && fallback !== undefined ? fallback : wholeNumber(name, given);
    if (typeof value !== "number") return value;
    parsed[name] = value;
  }
  return parsed as ParsedFlags;
}

/** Writes a refusal in the operator's language (LC_ALL, LC_MESSAGES or LANG). */
async function refuse(refusal: Refusal, exitCode: number): Promise<void> {
  const { translate } = await import("../i18n/translate");
  process.stderr.write(`${translate(await cliLocale(), refusal.key, refusal.values)}\n`);
  process.exitCode = exitCode;
}

/** Fills an empty database with organisations and engagement histories, from a seed. */
export function generateCommand(): Command {
  return new Command("generate")
    .description(
      "Fill an empty database with organisations and realistic engagement histories, through the app's own use-cases",
    )
    .option("--orgs [n]", "organisations, half clients and half providers (required, 2 or more)")
    .option("--engagements [n]", "engagements, each with its whole history (required, 1 or more)")
    .option("--seed [n]", "the same seed gives the same instance (default 1)")
    .option(
      "--block [n]",
      "engagements written through the use-cases; the rest are copies of them with ids of their own (default 40, more when --orgs gives fewer than two organisations to each copy)",
    )
    .action(async (given: Record<FlagName, FlagValue>) => {
      // Bad input is a usage error (exit code 2, as the other commands); nothing is opened.
      const options = parseFlags(given, { seed: 1 });
      if ("key" in options) return refuse(options, 2);
      const [{ default: pino }, { generateDatabase }] = await Promise.all([
        import("pino"),
        import("../server/generate/generate-database"),
      ]);
      const config = await loadCliConfig();
      await withDatabase(async (handle) => {
        const started = performance.now();
        const isTty = process.stderr.isTTY;
        let last = 0;
        let phase = "";
        let from = { done: 0, elapsedMs: 0 };
        // The process's CPU time at each phase's start: on a shared machine, the honest figure.
        const cpuAt = new Map<string, { cpu: number; done: number; wallMs: number }>();
        const cpuNow = () => {
          const { user, system } = process.cpuUsage();
          return (user + system) / 1e6;
        };
        const result = await generateDatabase(handle, {
          orgs: options.orgs,
          engagements: options.engagements,
          seed: options.seed,
          blockEngagements: options.block,
          publicUrl: config.publicUrl,
          logger: pino({ level: "warn" }),
          onProgress: (done, total, next) => {
            const now = performance.now();
            if (next !== phase) {
              // Each phase's rate is its own: the time left is measured from its start.
              if (isTty && phase !== "") process.stderr.write("\n");
              phase = next;
              from = { done, elapsedMs: now - started };
              cpuAt.set(next, { cpu: cpuNow(), done, wallMs: now });
              if (next === "indexes") {
                process.stderr.write("Creating the indexes again over every row…\n");
                return;
              }
              if (next === "statistics") {
                process.stderr.write("Gathering the planner's statistics…\n");
                return;
              }
            } else if (done < total && now - last < 250) return;
            last = now;
            const unit =
              next === "block"
                ? "engagements through the use-cases"
                : next === "tables"
                  ? "engagements × tables copied last, with their indexes"
                  : "engagements";
            const line = progressLine(done, total, now - started, unit, from);
            process.stderr.write(isTty ? `\r${line}` : `${line}\n`);
          },
        });
        if (isTty && phase !== "indexes" && phase !== "statistics") process.stderr.write("\n");
        if (!result.ok) {
          await refuse({ key: "cli.generate.database_not_empty", values: {} }, 1);
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        const { organisations, engagements, events } = result.counts;
        process.stdout.write(
          `Generated ${organisations} organisations, ${engagements} engagements and ${events} ledger events in ${seconds.toFixed(1)} s (${(engagements / seconds).toFixed(1)} engagements/s, seed ${options.seed})\n`,
        );
        const copies = cpuAt.get("copies");
        const indexes = cpuAt.get("indexes");
        const statistics = cpuAt.get("statistics");
        if (copies && indexes && statistics) {
          // The tables copied last (SQLite) end the copies' count and have their own.
          const tables = cpuAt.get("tables") ?? indexes;
          const cpu = tables.cpu - copies.cpu;
          const done = (engagements - copies.done) / cpu;
          const wall = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
          const laterCpu =
            tables === indexes
              ? ""
              : `, ${(indexes.cpu - tables.cpu).toFixed(1)} s for the tables copied last with their indexes`;
          const laterWall =
            tables === indexes
              ? ""
              : `, ${wall(tables.wallMs, indexes.wallMs)} s for the tables copied last`;
          process.stdout.write(
            `CPU time: ${cpuNow().toFixed(1)} s in all, ${cpu.toFixed(1)} s for the copies (${done.toFixed(0)} engagements per CPU-second)${laterCpu}, ${(statistics.cpu - indexes.cpu).toFixed(1)} s for the other indexes, ${(cpuNow() - statistics.cpu).toFixed(1)} s for the statistics\n` +
              `Wall time: ${wall(started, copies.wallMs)} s for the block, ${wall(copies.wallMs, tables.wallMs)} s for the copies${laterWall}, ${wall(indexes.wallMs, statistics.wallMs)} s for the other indexes, ${wall(statistics.wallMs, performance.now())} s for the statistics\n`,
          );
        }
      });
    });
}
