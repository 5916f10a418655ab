/**
 * Screens texts given as JSON lines on standard input ({ "text", "context"?, "kind"? }) with
 * the rules alone and with the scorer, and prints each reading: a quick look while fixing.
 */
import { readFileSync } from "node:fs";
import { screenTextWith } from "../src/domain/screening/screen-text";
import { DEFAULT_SCORER } from "../src/domain/screening/learned/default-scorer";
import type { ScreeningContext } from "../src/domain/screening/types";

const lines = readFileSync(0, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
let wrong = 0;
for (const line of lines) {
  const item = JSON.parse(line) as { text: string; context?: ScreeningContext; kind?: string };
  const rules = screenTextWith(item, null);
  const both = screenTextWith(item, DEFAULT_SCORER);
  const isWrong = item.kind !== undefined && both.kind !== item.kind;
  if (isWrong) wrong++;
  process.stdout.write(
    `${isWrong ? "XX" : "  "} ${rules.kind}/${both.kind} [${both.language}] ${item.text}\n     ${both.explanation}\n`,
  );
}
process.stdout.write(`${wrong} of ${lines.length} wrong\n`);
