import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { screenText } from "../src/domain/screening/screen-text";
import { readLabelledSet } from "./screen-eval";

const BIN = fileURLToPath(new URL("../bin/accord.js", import.meta.url));

/** `count` texts cycled from the labelled set, each made distinct by a suffix. */
export function screeningWorkload(count: number) {
  const set = readLabelledSet();
  return Array.from({ length: count }, (_, i) => {
    const item = set[i % set.length]!;
    return { id: `t${i}`, text: `${item.text} (${i})`, context: item.context };
  });
}

/** Milliseconds the classifier takes for `count` texts in this process, after a warm-up. */
export function measureClassifier(count = 1000): number {
  const texts = screeningWorkload(count);
  for (const t of texts.slice(0, 50)) screenText(t);
  const startedAt = performance.now();
  for (const t of texts) screenText(t);
  return performance.now() - startedAt;
}

/** Milliseconds of the whole `accord screen` command for `count` texts, start-up included. */
export function measureCommand(count = 1000): number {
  const input = JSON.stringify(screeningWorkload(count));
  const startedAt = performance.now();
  const run = spawnSync("node", [BIN, "screen"], { input, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - startedAt;
  if (run.status !== 0) throw new Error(`accord screen failed: ${run.stderr.toString()}`);
  return elapsed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // As `accord screen` does (src/cli/screen.ts): the lexicons' expressions compiled at once.
  if (!process.argv.includes("--tier-up")) setFlagsFromString("--no-regexp-tier-up");
  const classifier = measureClassifier();
  const cpu = process.cpuUsage();
  process.stdout.write(
    `classifier: 1,000 texts in ${classifier.toFixed(0)} ms (process CPU so far ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)\n`,
  );
  if (!process.argv.includes("--classifier-only")) {
    const command = measureCommand();
    process.stdout.write(
      `accord screen (start-up included): 1,000 texts in ${command.toFixed(0)} ms\n`,
    );
  }
}
