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

/** A step run in the foreground, its output streamed, without blocking the event loop. */
function streamedStep(title, command, args) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    const finish = (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (status === 0) process.stdout.write(`✔ ${title} (${seconds}s)\n`);
      else process.stdout.write(`✖ ${title} failed after ${seconds}s\n`);
      resolve(status === 0);
    };
    child.on("close", finish);
    child.on("error", () => finish(1));
  });
}

/**
 * Single-threaded checks run in the background while the tests run: the test tiers leave part
 * of the two cores idle (waiting on PostgreSQL, Chromium, child processes), and the checks fill
 * it. Each check's output is kept and printed whole once it ends, so it never interleaves with
 * the tests' lines; a failure is printed as soon as it happens.
 */
function backgroundChecks(checks) {
  const started = Date.now();
  return checks.map(
    ({ title, command, args }) =>
      new Promise((resolve) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        const finish = (status) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          if (status === 0) process.stdout.write(`\n✔ ${title} (${seconds}s, in the background)\n`);
          else process.stdout.write(`\n▶ ${title}\n${output}✖ ${title} failed after ${seconds}s\n`);
          resolve(status === 0);
        };
        child.on("close", finish);
        child.on("error", (error) => {
          output += String(error);
          finish(1);
        });
      }),
  );
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
const checks = backgroundChecks([
  { title: "type-check (tsc)", command: npx, args: ["tsc", "--noEmit", "-p", "tsconfig.json"] },
  { title: "lint (eslint)", command: npx, args: ["eslint", "."] },
  { title: "format (prettier --check)", command: npx, args: ["prettier", "--check", "."] },
]);
const foreground = [
  {
    title: "build the web app (vite)",
    args: [npx, "vite", "build", "--config", "vite.config.ts", "--logLevel", "warn"],
  },
  { title: "bundle size within budgets", args: [process.execPath, "scripts/bundle-size.js"] },
  // The medium tier's global setup compiles the server and CLI the process tests start.
  {
    title: "tests: unit, medium (SQLite + PostgreSQL), e2e (Chromium)",
    args: [npx, "vitest", "run"],
  },
];
let passed = true;
for (const { title, args } of foreground) {
  passed = await streamedStep(title, args[0], args.slice(1));
  if (!passed) break;
}
const checksPassed = (await Promise.all(checks)).every(Boolean);
if (!passed || !checksPassed) process.exit(1);
// Alone on the machine, so its figures mean something.
step("benchmark --quick", process.execPath, ["--import", "tsx", "bench/run.ts", "--quick"]);
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
