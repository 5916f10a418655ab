#!/usr/bin/env node
// `npm run audit:deps`: checks the production dependencies against the npm registry's security
// advisories (`npm audit --omit=dev`). Where the advisory service cannot be reached (offline,
// a closed network) it says so plainly and exits 2, so "could not check" is never read as
// "nothing found". Exit codes: 0 no known advisory, 1 advisories found, 2 could not check.
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const audit = spawnSync(npm, ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  timeout: 120_000,
});
let report;
try {
  report = JSON.parse(audit.stdout || "{}");
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report.message || report.error?.summary || audit.error?.message || audit.stderr.trim();
  process.stdout.write(
    "COULD NOT CHECK: the npm advisory service did not answer, so the production dependencies " +
      "were NOT checked against known vulnerabilities.\n" +
      `  reason: ${(reason || "no answer").split("\n")[0]}\n` +
      "  Run `npm run audit:deps` again where the npm registry is reachable (CI with network, " +
      "or a developer machine); the production dependencies are these:\n",
  );
  const tree = spawnSync(npm, ["ls", "--omit=dev", "--depth=0", "--json"], { encoding: "utf8" });
  const dependencies = JSON.parse(tree.stdout || "{}").dependencies ?? {};
  for (const [name, info] of Object.entries(dependencies))
    process.stdout.write(`    ${name}@${info.version}\n`);
  process.exit(2);
}
const found = Object.entries(counts).filter(([level, n]) => level !== "total" && n > 0);
if (found.length === 0) {
  process.stdout.write("No known advisories for the production dependencies.\n");
  process.exit(0);
}
process.stdout.write(
  `Advisories for production dependencies: ${found.map(([l, n]) => `${n} ${l}`).join(", ")}\n`,
);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  const titles = (v.via ?? []).filter((x) => typeof x === "object").map((x) => x.title);
  process.stdout.write(`  ${name} (${v.severity}): ${titles.join("; ") || "via " + v.via}\n`);
}
process.exit(1);
