#!/usr/bin/env node
// The whole test suite, as CI and the README run it: type-check, lint and format check, the
// web bundle, the unit/medium/e2e tiers (real SQLite, a real PostgreSQL, a real SMTP peer,
// Debian's Chromium), and the benchmark in --quick mode so it never rots.
import { execFileSync, spawn, spawnSync } from "node:child_process";

function step(title, command, args, options = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`✖ ${title} failed after ${seconds}s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✔ ${title} (${seconds}s)\n`);
}

/**
 * Runs single-threaded checks side by side (two cores finish three of them in about the time
 * of the longest), each one's output printed whole once it ends, in the order given.
 */
async function stepsTogether(steps) {
  const started = Date.now();
  const runs = steps.map(
    ({ title, command, args }) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("close", (status) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          resolve({ title, status, output, seconds });
        });
        child.on("error", (error) =>
          resolve({ title, status: 1, output: String(error), seconds: "0" }),
        );
      }),
  );
  let failed = false;
  for (const run of runs) {
    const { title, status, output, seconds } = await run;
    process.stdout.write(`\n▶ ${title}\n${output}`);
    if (status === 0) process.stdout.write(`✔ ${title} (${seconds}s)\n`);
    else {
      process.stdout.write(`✖ ${title} failed after ${seconds}s\n`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}

function hasChromium() {
  try {
    execFileSync("sh", ["-c", "command -v chromium"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The browser tests need Debian's Chromium; install it when missing (as root, or with sudo). */
function ensureChromium() {
  if (hasChromium()) return;
  process.stdout.write(
    "Chromium is missing: installing Debian's chromium package for the browser tests.\n",
  );
  const apt = process.getuid?.() === 0 ? ["apt-get"] : ["sudo", "-n", "apt-get"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  step("apt-get update", apt[0], [...apt.slice(1), "update", "-qq"], { env });
  step("apt-get install chromium", apt[0], [...apt.slice(1), "install", "-y", "-qq", "chromium"], {
    env,
  });
}

/**
 * The backup test runs the operations guide's pg_dump/pg_restore against a PostgreSQL of the
 * tools' own version (the embedded server ships none): Debian's postgresql package has both.
 */
function ensurePostgresTools() {
  try {
    execFileSync("sh", ["-c", "ls /usr/lib/postgresql/*/bin/pg_restore"], { stdio: "ignore" });
    return;
  } catch {
    // installed below
  }
  process.stdout.write("PostgreSQL's tools are missing: installing Debian's postgresql package.\n");
  const apt = process.getuid?.() === 0 ? ["apt-get"] : ["sudo", "-n", "apt-get"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  step("apt-get update", apt[0], [...apt.slice(1), "update", "-qq"], { env });
  step(
    "apt-get install postgresql",
    apt[0],
    [...apt.slice(1), "install", "-y", "-qq", "postgresql"],
    {
      env,
    },
  );
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const started = Date.now();
ensureChromium();
ensurePostgresTools();
await stepsTogether([
  { title: "type-check (tsc)", command: npx, args: ["tsc", "--noEmit", "-p", "tsconfig.json"] },
  { title: "lint (eslint)", command: npx, args: ["eslint", "."] },
  { title: "format (prettier --check)", command: npx, args: ["prettier", "--check", "."] },
]);
step("build the web app (vite)", npx, [
  "vite",
  "build",
  "--config",
  "vite.config.ts",
  "--logLevel",
  "warn",
]);
step("bundle size within budgets", process.execPath, ["scripts/bundle-size.js"]);
step("compile the server and CLI (esbuild)", process.execPath, ["scripts/build-server.js"]);
step("tests: unit, medium (SQLite + PostgreSQL), e2e (Chromium)", npx, ["vitest", "run"]);
step("benchmark --quick", process.execPath, ["--import", "tsx", "bench/run.ts", "--quick"]);
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
