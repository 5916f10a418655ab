import { setFlagsFromString } from "node:v8";
import { Command } from "commander";
import type { ScreeningContext } from "../domain/screening/types";

interface ScreenRequest {
  id: string | number;
  text: string;
  context?: ScreeningContext;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The longest text screened: ten times the longest text the app takes (a message, 10,000
 * characters). Screening time grows faster than a text's length, so a far longer text would
 * hold the command for minutes; it is refused with the others' reasons instead.
 */
const MAX_TEXT_LENGTH = 100_000;

/** The first problem with the input, or null when every item can be screened. */
function problemOf(input: unknown): string | null {
  if (!Array.isArray(input)) return "input must be a JSON array of { id, text, context? }";
  for (const [index, item] of input.entries()) {
    const where = `item ${index}`;
    if (typeof item !== "object" || item === null) return `${where} is not an object`;
    const { id, text, context } = item as Record<string, unknown>;
    if (typeof id !== "string" && typeof id !== "number")
      return `${where} has no id (string or number)`;
    if (typeof id === "string" && id.trim() === "") return `${where} has an empty id`;
    if (typeof text !== "string") return `${where} (id ${String(id)}) has no text string`;
    if (text.length > MAX_TEXT_LENGTH) {
      const count = (n: number) => n.toLocaleString("en-US");
      return `${where} (id ${String(id)}) has a text of ${count(text.length)} characters; at most ${count(MAX_TEXT_LENGTH)}`;
    }
    if (context !== undefined) {
      if (typeof context !== "object" || context === null)
        return `${where}: context must be an object`;
      const { followsReviewOfSender, reviewId } = context as Record<string, unknown>;
      if (followsReviewOfSender !== undefined && typeof followsReviewOfSender !== "boolean") {
        return `${where}: context.followsReviewOfSender must be a boolean`;
      }
      if (reviewId !== undefined && typeof reviewId !== "string") {
        return `${where}: context.reviewId must be a string`;
      }
    }
  }
  return null;
}

/**
 * Screens texts for threats and retaliation: a JSON array of `{ id, text, context? }` on
 * standard input, a JSON array of `{ id, kind, language, evidence }` on standard output.
 */
export function screenCommand(): Command {
  return new Command("screen")
    .description(
      "Classify texts from stdin (JSON array of { id, text, context? }) as retaliation, legal_threat or none",
    )
    .option("--explain", "add each decision's explanation to the output")
    .action(async (options: { explain?: boolean }) => {
      // A byte-order mark, which some editors write at the start of a file, is not JSON's.
      const raw = (await readStdin()).replace(/^\uFEFF/, "");
      if (raw.trim() === "") {
        process.stderr.write(
          "accord screen: standard input is empty; expected a JSON array of { id, text, context? }\n",
        );
        process.exitCode = 2;
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(raw);
      } catch (error) {
        process.stderr.write(`accord screen: input is not JSON (${(error as Error).message})\n`);
        process.exitCode = 2;
        return;
      }
      const problem = problemOf(input);
      if (problem !== null) {
        process.stderr.write(`accord screen: ${problem}\n`);
        process.exitCode = 2;
        return;
      }
      // V8 first runs a regular expression in its bytecode interpreter and compiles it to
      // machine code only once it is hot; the lexicons are a few dozen very large expressions,
      // each run thousands of times, so compiling them at once saves about 0.6 s of CPU per
      // 1,000 texts (docs/SCREENING.md, throughput). Set before any of them first runs.
      setFlagsFromString("--no-regexp-tier-up");
      // The lexicons and the language detector load here, not for `accord --help`.
      const { screenText } = await import("../domain/screening/screen-text");
      const output = (input as ScreenRequest[]).map(({ id, text, context }) => {
        const result = screenText({ text, context });
        return {
          id,
          kind: result.kind,
          language: result.language,
          evidence: result.evidence,
          ...(options.explain ? { explanation: result.explanation } : {}),
        };
      });
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    });
}
